using Scc.Domain.Events;

namespace Scc.Application.Registrations;

/// <summary>
/// The lock every change to an event's seats or waiting list takes first (port; a row lock in Infrastructure). Held
/// until the transaction ends: two requests never count the same free seat or queue position, they take turns, and
/// each sees what the one before committed.
/// </summary>
public interface IEventSeatLock
{
    /// <summary>Locks the event and reads it, in one round trip; null when there is none.</summary>
    Task<Event?> LockAsync(Guid eventId, CancellationToken cancellationToken);
}
