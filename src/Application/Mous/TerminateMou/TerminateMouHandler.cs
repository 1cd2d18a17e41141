using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.TerminateMou;

public sealed class TerminateMouHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<TerminateMouCommand, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(TerminateMouCommand command, CancellationToken cancellationToken)
    {
        var mou = await db.Mous.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (mou is null) return MouErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != mou.Version) return Error.PreconditionFailed;
        var terminated = mou.Terminate(command.TerminatedOn, command.Note);
        if (!terminated.IsSuccess) return terminated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMouQuery(mou.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
