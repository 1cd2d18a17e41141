namespace Scc.Application.Registrations;

/// <summary>An event's waiting list, renumbered in the database (port; one set-based update in Infrastructure).</summary>
public interface IWaitlistPositions
{
    /// <summary>
    /// Renumbers the waiting list 1..n in its order, touching only the places that move (so the changes feed records
    /// real moves only); how many moved. Under the event's lock, after the change that left a gap has been saved.
    /// </summary>
    Task<int> CloseGapsAsync(Guid eventId, CancellationToken cancellationToken);
}
