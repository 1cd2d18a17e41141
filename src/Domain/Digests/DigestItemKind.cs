namespace Scc.Domain.Digests;

/// <summary>What a digest item is.</summary>
public enum DigestItemKind
{
    Event,
    Delegation,
    Mou,
}
