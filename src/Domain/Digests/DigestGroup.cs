namespace Scc.Domain.Digests;

/// <summary>Within Upcoming Activities, the consortium's own events come before those it only supports.</summary>
public enum DigestGroup
{
    /// <summary>The consortium organises or co-organises it.</summary>
    Own,

    /// <summary>Another body's event: the consortium supports, collaborates, or is not named at all.</summary>
    Others,
}
