using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Search.SearchAll;

/// <summary>Published events, delegations and MoUs, and organisations and people, matching <c>q</c> in either language.</summary>
public sealed record SearchQuery(string? Q, string? Type = null, string? Cursor = null, int? Limit = null) : IQuery<Page<SearchHit>>;
