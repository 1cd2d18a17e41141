namespace Scc.Application.Registrations.Changes;

/// <summary>What happened to a registration.</summary>
public enum ChangeKind
{
    /// <summary>It was made (submitted, or created by a bulk upsert).</summary>
    Created,

    /// <summary>Its status, waiting-list position or details changed.</summary>
    Updated,

    /// <summary>It was cancelled, by the registrant, the staff or an integration.</summary>
    Cancelled,

    /// <summary>The person's data was erased; the registration stays as an anonymous count.</summary>
    Erased,
}
