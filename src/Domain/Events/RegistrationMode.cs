namespace Scc.Domain.Events;

public enum RegistrationMode
{
    /// <summary>No registration (past events, open events).</summary>
    None,

    /// <summary>Registration through this API.</summary>
    Internal,

    /// <summary>Registration on the organiser's own site.</summary>
    External,
}
