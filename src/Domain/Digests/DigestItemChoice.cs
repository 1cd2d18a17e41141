namespace Scc.Domain.Digests;

/// <summary>An editor's choice about one item of a saved digest.</summary>
/// <param name="Pinned">Shown at the top of its section, before the consortium's own and others' items.</param>
/// <param name="Position">Explicit place among the items of its section and group (lower first); items without one keep the generated order after those with one.</param>
/// <param name="LeftOut">Not shown in the digest.</param>
public sealed record DigestItemChoice(DigestItemKind Kind, Guid Id, bool Pinned = false, int? Position = null, bool LeftOut = false);
