using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.PublishMou;

public sealed class PublishMouHandler(IAppDbContext db, IMediator mediator, TimeProvider clock) : ICommandHandler<PublishMouCommand, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(PublishMouCommand command, CancellationToken cancellationToken)
    {
        var mou = await db.Mous.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (mou is null) return MouErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != mou.Version) return Error.PreconditionFailed;
        var published = mou.Publish(clock.GetUtcNow());
        if (!published.IsSuccess) return published.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMouQuery(mou.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
