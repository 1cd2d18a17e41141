using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.ListDigests;

/// <summary>A saved digest in a list, without its items.</summary>
public sealed record DigestSummary(
    Guid Id, string Slug, DigestStatus Status, LocalizedText Title, LocalizedText? Introduction,
    DateOnly From, DateOnly To, DateOnly AsOf, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);
