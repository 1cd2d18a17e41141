using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Search.SearchAll;

/// <summary>
/// Everything the public can see (published events, delegations, MoUs and digests; series, partnerships, organisations,
/// people, programmes and funding programmes) matching <c>q</c> in either language.
/// </summary>
public sealed record SearchQuery(string? Q, string? Type = null, string? Cursor = null, int? Limit = null) : IQuery<Page<SearchHit>>;
