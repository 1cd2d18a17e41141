using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.ChangeRegistrationStatus;

public sealed class ChangeRegistrationStatusHandler(IAppDbContext db, AuditActor actor, TimeProvider clock) : ICommandHandler<ChangeRegistrationStatusCommand, Result<RegistrationResponse>>
{
    public async ValueTask<Result<RegistrationResponse>> Handle(ChangeRegistrationStatusCommand command, CancellationToken cancellationToken)
    {
        var changed = await EventRegistrations.InTransactionAsync(db, async ct =>
        {
            // Seats and queue places change under the event's lock, as for submissions.
            var evt = await EventRegistrations.LockEventAsync(db, command.EventId, ct);
            var registration = evt is null ? null : await db.Registrations.FirstOrDefaultAsync(r => r.Id == command.Id && r.EventId == evt.Id, ct);
            if (evt is null || registration is null) return Result.Failure(RegistrationErrors.NotFound);
            if (command.ExpectedVersion is { } expected && expected != registration.Version) return Error.PreconditionFailed;
            var result = command.Transition switch
            {
                RegistrationTransition.Approve => registration.Approve(),
                RegistrationTransition.Reject => registration.Reject(),
                RegistrationTransition.Promote => registration.Promote(),
                RegistrationTransition.CheckIn => registration.CheckIn(),
                RegistrationTransition.Cancel => registration.Cancel(),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, "Unknown transition."),
            };
            if (!result.IsSuccess) return result;
            await db.SaveChangesAsync(ct);
            if (command.Transition is RegistrationTransition.Promote or RegistrationTransition.Cancel)
                await EventRegistrations.RebalanceAsync(db, evt, actor, clock, ct);
            return Result.Success();
        }, cancellationToken);
        if (!changed.IsSuccess) return changed.Error!;
        return await db.Registrations.AsNoTracking().Where(r => r.Id == command.Id).Select(RegistrationResponse.Projection).SingleAsync(cancellationToken);
    }
}
