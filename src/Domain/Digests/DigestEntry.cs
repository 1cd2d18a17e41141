namespace Scc.Domain.Digests;

/// <summary>An item placed in a section of a digest, with the editor's choices applied.</summary>
/// <param name="Group">Upcoming items only: the consortium's own, or others'.</param>
public sealed record DigestEntry(DigestItemKind Kind, Guid Id, DigestSection Section, DigestGroup? Group, bool Pinned);
