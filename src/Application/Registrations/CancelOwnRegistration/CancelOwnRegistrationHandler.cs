using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CancelOwnRegistration;

public sealed class CancelOwnRegistrationHandler(IAppDbContext db, IEventSeatLock seatLock, EventRegistrations registrations) : ICommandHandler<CancelOwnRegistrationCommand, Result>
{
    public async ValueTask<Result> Handle(CancelOwnRegistrationCommand command, CancellationToken cancellationToken)
    {
        if (!ManageToken.TryHash(command.Token, out var hash)) return RegistrationErrors.NotFound;
        var eventId = await db.Registrations.Where(r => r.ManageTokenHash == hash).Select(r => (Guid?)r.EventId).FirstOrDefaultAsync(cancellationToken);
        if (eventId is null) return RegistrationErrors.NotFound;

        // Under the event's lock: the registration is read as it is now, and the freed seat goes to exactly one person.
        var evt = await seatLock.LockAsync(eventId.Value, cancellationToken);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.ManageTokenHash == hash, cancellationToken);
        if (evt is null || registration is null) return RegistrationErrors.NotFound;
        var cancelled = registration.Cancel(CancelledBy.Registrant);
        if (!cancelled.IsSuccess) return cancelled.Error!;
        if (!cancelled.Value) return Result.Success();
        await db.SaveChangesAsync(cancellationToken);
        await registrations.RebalanceAsync(evt, cancellationToken);
        return Result.Success();
    }
}
