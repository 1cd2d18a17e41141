using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Digests.ListDigests;

/// <summary>Saved digests, latest written first; anonymous readers see published ones only.</summary>
/// <param name="Status">draft or published (staff only see drafts).</param>
public sealed record ListDigestsQuery(string? Status = null, string? Cursor = null, int? Limit = null, bool IncludeDrafts = false)
    : IQuery<Page<DigestSummary>>;
