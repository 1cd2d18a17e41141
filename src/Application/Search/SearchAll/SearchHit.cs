using Scc.Domain.Common;

namespace Scc.Application.Search.SearchAll;

/// <summary>One search result: what it is, how to fetch it, how well it matched, and where.</summary>
/// <param name="Title">The title or name; for a partnership, the partner organisation's name.</param>
/// <param name="Url">The API address of the resource.</param>
/// <param name="Rank">3: a title or name (or an acronym) is the query; 2: one starts with it; 1: other matches, ordered by their score.</param>
/// <param name="Score">Trigram similarity of the query to the hit's title, name and acronym, from 0 to 1 (the mean of pg_trgm's word similarity and similarity); orders hits of the same rank.</param>
/// <param name="Snippet">A short excerpt of the text that matched, with the match marked.</param>
public sealed record SearchHit(SearchHitKind Kind, Guid Id, string Slug, LocalizedText Title, string Url, int Rank, double Score, SearchSnippet Snippet);
