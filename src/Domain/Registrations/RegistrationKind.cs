namespace Scc.Domain.Registrations;

public enum RegistrationKind
{
    /// <summary>A seat at a seminar, training, forum...</summary>
    Attendee,

    /// <summary>An application for a booth at a pavilion or exhibition; staff approve or reject it.</summary>
    Exhibitor,
}
