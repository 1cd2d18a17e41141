using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.ChangeRegistrationStatus;

public sealed class ChangeRegistrationStatusHandler(IAppDbContext db, IEventSeatLock seatLock, EventRegistrations registrations, TimeProvider clock)
    : ICommandHandler<ChangeRegistrationStatusCommand, Result<RegistrationResponse>>
{
    public async ValueTask<Result<RegistrationResponse>> Handle(ChangeRegistrationStatusCommand command, CancellationToken cancellationToken)
    {
        // Seats, booths and queue places change under the event's lock, as for submissions.
        var evt = await seatLock.LockAsync(command.EventId, cancellationToken);
        var registration = evt is null ? null : await db.Registrations.FirstOrDefaultAsync(r => r.Id == command.Id && r.EventId == evt.Id, cancellationToken);
        if (evt is null || registration is null) return RegistrationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != registration.Version) return Error.PreconditionFailed;
        var result = command.Transition switch
        {
            // The booths held are counted under the lock: two approvals of the last booth take turns, and the second is refused.
            RegistrationTransition.Approve => evt.Approve(registration, await registrations.TallyAsync(evt.Id, [], cancellationToken), command.Note),
            RegistrationTransition.Reject => registration.Reject(command.Note),
            RegistrationTransition.Promote => registration.Promote(command.Note),
            RegistrationTransition.CheckIn => registration.CheckIn(clock.GetUtcNow()),
            RegistrationTransition.Cancel => registration.Cancel(CancelledBy.Staff, command.Note),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, "Unknown transition."),
        };
        if (!result.IsSuccess) return result.Error!;
        await db.SaveChangesAsync(cancellationToken);
        if (command.Transition is RegistrationTransition.Promote or RegistrationTransition.Cancel)
            await registrations.RebalanceAsync(evt, cancellationToken);
        return await db.Registrations.AsNoTracking().Where(r => r.Id == command.Id).Select(RegistrationResponse.Projection).SingleAsync(cancellationToken);
    }
}
