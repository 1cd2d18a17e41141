using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CheckIn;

public sealed class CheckInByCodeHandler(IAppDbContext db, IEventSeatLock seatLock, TimeProvider clock)
    : ICommandHandler<CheckInByCodeCommand, Result<CheckInResult>>
{
    public async ValueTask<Result<CheckInResult>> Handle(CheckInByCodeCommand command, CancellationToken cancellationToken)
    {
        // Under the event's lock, as every status change: two scanners reading the same ticket at once take turns, and
        // the second is told the first checked it in (rather than losing a race on the row version).
        var evt = await seatLock.LockAsync(command.EventId, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        var code = command.Code.Trim();
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.CheckInCode == code, cancellationToken);
        // Erasure gave the row a code nobody holds; an erased registration is unknown here whatever code is sent.
        if (registration is null || registration.ErasedAt is not null) return RegistrationErrors.NotFoundByCheckInCode;
        if (registration.EventId != evt.Id) return RegistrationErrors.CheckInCodeOfAnotherEvent;

        if (registration.Status == RegistrationStatus.Attended)
            return new CheckInResult(registration.Id, registration.Registrant.Name, registration.Kind, registration.Status, true, registration.CheckedInAt);
        var checkedIn = registration.CheckIn(clock.GetUtcNow());
        if (!checkedIn.IsSuccess) return checkedIn.Error!;
        await db.SaveChangesAsync(cancellationToken);
        // Read back: the time as the database keeps it (to the microsecond), which every later scan answers.
        return await db.Registrations.AsNoTracking().Where(r => r.Id == registration.Id)
            .Select(r => new CheckInResult(r.Id, r.Registrant.Name, r.Kind, r.Status, false, r.CheckedInAt)).SingleAsync(cancellationToken);
    }
}
