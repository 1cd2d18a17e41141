using Scc.Domain.Common;

namespace Scc.Application.Search.SearchAll;

/// <summary>One search result: what it is, how to fetch it, and how well it matched.</summary>
/// <param name="Url">The API address of the resource.</param>
/// <param name="Rank">3: the title or name is the query; 2: the title or name contains it; 1: other text does.</param>
public sealed record SearchHit(SearchHitKind Kind, Guid Id, string Slug, LocalizedText Title, string Url, int Rank);
