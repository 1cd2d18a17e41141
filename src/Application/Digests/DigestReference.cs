using Scc.Domain.Common;

namespace Scc.Application.Digests;

/// <summary>Another resource a digest item belongs to: the larger event, the series.</summary>
/// <param name="Position">For a series, the item's place in it.</param>
public sealed record DigestReference(Guid Id, LocalizedText Title, int? Position = null);
