using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.UpdateMou;

public sealed class UpdateMouHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<UpdateMouCommand, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(UpdateMouCommand command, CancellationToken cancellationToken)
    {
        var mou = await db.Mous.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (mou is null) return MouErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != mou.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? mou.Slug;
        if (await MouReferences.CheckAsync(db, command, slug, mou.Id, cancellationToken) is { } error) return error;
        var updated = mou.Update(slug, command.ToContent());
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMouQuery(mou.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
