using Scc.Domain.Common;

namespace Scc.Domain.Registrations;

/// <summary>What a registrant is told by e-mail about their registration.</summary>
public enum RegistrationNoticeKind
{
    /// <summary>The submission was taken: confirmed, waitlisted (with the position) or, for exhibitors, received for review.</summary>
    Received,

    /// <summary>A seat came free and is now theirs.</summary>
    Promoted,

    /// <summary>The staff accepted an exhibitor application.</summary>
    Approved,

    /// <summary>The staff turned down an exhibitor application, perhaps saying why.</summary>
    Rejected,

    /// <summary>The registrant cancelled.</summary>
    CancelledByRegistrant,

    /// <summary>The staff cancelled on the registrant's behalf.</summary>
    CancelledByStaff,

    /// <summary>The event's date, time, place, online link or status changed.</summary>
    EventChanged,

    /// <summary>The event is soon.</summary>
    Reminder,
}

/// <summary>One e-mail a registration owes its registrant, queued in the outbox by the save that makes the change.</summary>
/// <param name="WaitlistPosition">The place on the waiting list when the notice was decided (for <see cref="RegistrationNoticeKind.Received"/>).</param>
/// <param name="Note">The staff's words with their decision, in both languages (a rejection's reason, say).</param>
public sealed record RegistrationNotice(RegistrationNoticeKind Kind, int? WaitlistPosition = null, LocalizedText? Note = null);

/// <summary>Who cancelled a registration.</summary>
public enum CancelledBy
{
    Registrant,
    Staff,
}
