using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.ScheduleMouPublication;

public sealed class ScheduleMouPublicationHandler(IAppDbContext db, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ScheduleMouPublicationCommand, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(ScheduleMouPublicationCommand command, CancellationToken cancellationToken)
    {
        var mou = await db.Mous.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (mou is null) return MouErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != mou.Version) return Error.PreconditionFailed;
        var scheduled = mou.SchedulePublication(command.PublishAt, clock.GetUtcNow());
        if (!scheduled.IsSuccess) return scheduled.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMouQuery(mou.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
