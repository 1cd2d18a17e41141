namespace Scc.Application.Registrations.ChangeRegistrationStatus;

/// <summary>What the staff may do to a registration.</summary>
public enum RegistrationTransition
{
    /// <summary>Accept a pending exhibitor application.</summary>
    Approve,

    /// <summary>Turn down a pending exhibitor application.</summary>
    Reject,

    /// <summary>Give a waitlisted person a seat, whatever the capacity.</summary>
    Promote,

    /// <summary>Mark a confirmed person as present.</summary>
    CheckIn,

    /// <summary>Cancel on the registrant's behalf; the seat goes to the first person waiting.</summary>
    Cancel,
}
