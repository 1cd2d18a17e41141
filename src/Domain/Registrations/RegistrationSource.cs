namespace Scc.Domain.Registrations;

/// <summary>Where a registration came from, set when it is made.</summary>
public enum RegistrationSource
{
    /// <summary>Submitted by a member of the public, without credentials.</summary>
    Public,

    /// <summary>Submitted by a staff user or with an API key, through the same endpoint as the public.</summary>
    Staff,

    /// <summary>Created by an integration's bulk upsert (a CRM).</summary>
    Integration,
}
