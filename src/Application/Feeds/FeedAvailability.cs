namespace Scc.Application.Feeds;

/// <summary>
/// Whether a reader can register now, from the registration settings, the clock and the seats taken.
/// </summary>
public enum FeedAvailability
{
    /// <summary>No registration: walk in, or nothing to register for.</summary>
    None,

    /// <summary>Registration is open.</summary>
    Open,

    /// <summary>Registration opens later (see <c>opensAt</c>).</summary>
    NotYetOpen,

    /// <summary>Registration has closed, the event is over, or it was cancelled.</summary>
    Closed,

    /// <summary>Registration is on the organiser's own site (see <c>url</c>).</summary>
    External,

    /// <summary>Every seat is taken, but new registrations join the waiting list.</summary>
    Waitlist,

    /// <summary>Every seat is taken and there is no waiting list.</summary>
    Full,
}
