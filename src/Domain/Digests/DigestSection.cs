namespace Scc.Domain.Digests;

/// <summary>The newsletter's two sections.</summary>
public enum DigestSection
{
    /// <summary>Review of Major Events: what ended before the digest's date.</summary>
    Review,

    /// <summary>Upcoming Activities: what is still to come within the period.</summary>
    Upcoming,
}
