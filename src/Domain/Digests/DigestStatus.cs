namespace Scc.Domain.Digests;

public enum DigestStatus
{
    /// <summary>Editors are still working on it; staff only.</summary>
    Draft,

    /// <summary>Sent: readable by anyone at its slug and in the digests feed; no longer edited.</summary>
    Published,
}
