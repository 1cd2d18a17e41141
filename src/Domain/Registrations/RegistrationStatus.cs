namespace Scc.Domain.Registrations;

public enum RegistrationStatus
{
    /// <summary>Holds a seat.</summary>
    Confirmed,

    /// <summary>On the waiting list, at its position.</summary>
    Waitlisted,

    /// <summary>An exhibitor application awaiting the staff's decision.</summary>
    Pending,

    /// <summary>An exhibitor application the staff turned down.</summary>
    Rejected,

    /// <summary>Cancelled by the registrant or the staff; holds no seat.</summary>
    Cancelled,

    /// <summary>Checked in at the event.</summary>
    Attended,
}
