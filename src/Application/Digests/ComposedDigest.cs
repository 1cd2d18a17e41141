using Scc.Domain.Digests;

namespace Scc.Application.Digests;

/// <summary>The two sections of a digest, and every item the period brings in (before editors leave any out).</summary>
public sealed record ComposedDigest(
    IReadOnlyList<DigestItem> Review,
    IReadOnlyList<DigestItem> Upcoming,
    IReadOnlyCollection<(DigestItemKind Kind, Guid Id)> Available);
