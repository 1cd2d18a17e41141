using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scc.Application.Common;
using Scc.Application.Search.SearchAll;

namespace Scc.Infrastructure.Persistence.Search;

/// <summary>
/// The search's one SQL statement (ADR 22): a UNION ALL of each kind's public rows that match, ranked and paged by
/// PostgreSQL. The score compares the query with the title, name and acronym only: word similarity against a whole
/// summary costs ten times as much for every row that matches, and a match in the title is the better match anyway. A query of one or two characters is matched through the pieces column (<c>search_grams @> ARRAY[q]</c>),
/// a longer one through the trigram index (<c>LIKE '%q%'</c>, or a near match of its words with <c>&lt;%</c>).
/// </summary>
internal sealed class SearchIndex(AppDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<SearchRow>> FindAsync(
        string query, IReadOnlyCollection<SearchHitKind> kinds, int skip, int take, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<SearchRow>(SearchSql.For(kinds, SearchSql.IsShort(query)), SearchSql.Parameters(query, skip, take))
            .ToListAsync(cancellationToken);
}

/// <summary>The statement behind <see cref="SearchIndex"/>, public so that a test can EXPLAIN exactly what the API runs.</summary>
public static class SearchSql
{
    /// <summary>
    /// Where each kind's hits come from: its table, its title and body (jsonb <c>{"en", "zh-Hant"}</c>), the acronym
    /// matched with the title, and an extra table joined in (<c>t</c> is the kind's own table).
    /// </summary>
    private sealed record Source(SearchHitKind Kind, string Table, string Title, string? Body, string? Acronym = null, string? Partner = null);

    private static readonly Source[] Sources =
    [
        new(SearchHitKind.Event, "events", "t.title", "t.summary"),
        new(SearchHitKind.Delegation, "delegations", "t.title", "t.purpose"),
        new(SearchHitKind.Mou, "mous", "t.title", "t.purpose"),
        new(SearchHitKind.Organisation, "organisations", "t.name", null, "t.acronym"),
        new(SearchHitKind.Person, "people", "t.name", null),
        new(SearchHitKind.Series, "event_series", "t.title", "t.description"),
        // A partnership has no title of its own: it is shown, and found, by its partner's name (as its public list shows it).
        new(SearchHitKind.Partnership, "partnerships", "o.name", "t.notes", "o.acronym", Partner: "JOIN organisations o ON o.id = t.organisation_id"),
        new(SearchHitKind.Programme, "programmes", "t.name", "t.description"),
        new(SearchHitKind.FundingProgramme, "funding_programmes", "t.name", null, "t.acronym"),
        new(SearchHitKind.Digest, "digests", "t.title", "t.introduction"),
    ];

    /// <summary>Whether <paramref name="query"/> is too short for trigrams: one or two characters (code points, as PostgreSQL counts).</summary>
    public static bool IsShort(string query) => query.EnumerateRunes().Count() <= SearchText.ShortQueryMaxLength;

    /// <summary>The parameters of <see cref="For"/>: the query, its LIKE patterns, and the page.</summary>
    public static NpgsqlParameter[] Parameters(string query, int skip, int take) =>
    [
        new("q", query),
        new("containing", LikePatterns.Containing(query)),
        new("prefix", LikePatterns.Containing(query)[1..]),
        new("skip", skip),
        new("take", take),
    ];

    /// <summary>The statement for <paramref name="kinds"/>, with the short or the long query's match.</summary>
    public static string For(IReadOnlyCollection<SearchHitKind> kinds, bool shortQuery)
    {
        var branches = Sources.Where(s => kinds.Contains(s.Kind)).Select(s => Branch(s, shortQuery));
        return $"""
            SELECT kind, id, slug, title_en, title_zh, acronym, text_en, text_zh,
                   CASE WHEN lower(title_en) = lower(@q) OR lower(title_zh) = lower(@q) OR lower(acronym) = lower(@q) THEN 3
                        WHEN lower(title_en) LIKE @prefix ESCAPE '\' OR lower(title_zh) LIKE @prefix ESCAPE '\' OR lower(acronym) LIKE @prefix ESCAPE '\' THEN 2
                        ELSE 1 END AS rank,
                   ((word_similarity(lower(@q), title_text) + similarity(lower(@q), title_text)) / 2)::float8 AS score
            FROM (
                SELECT *, lower(concat_ws(' ', title_en, title_zh, acronym)) AS title_text
                FROM (
            {string.Join("\nUNION ALL\n", branches)}
                ) AS matched
            ) AS hits
            ORDER BY rank DESC, score DESC, kind, slug COLLATE "C"
            OFFSET @skip LIMIT @take
            """;
    }

    private static string Branch(Source source, bool shortQuery)
    {
        // The same rule as the public lists' and the changes feed's (ContentChangeTrigger): drafts and the trash never show.
        var isPublic = ContentChangeTrigger.IsPublic(source.Table, "t");
        var matches = source.Partner is null ? Match("t", shortQuery) : $"({Match("t", shortQuery)} OR {Match("o", shortQuery)})";
        var body = source.Body is null ? "NULL::text AS text_en, NULL::text AS text_zh" : $"{source.Body}->>'en' AS text_en, {source.Body}->>'zh-Hant' AS text_zh";
        return $"""
                SELECT {(int)source.Kind} AS kind, t.id, t.slug::text AS slug, {source.Title}->>'en' AS title_en, {source.Title}->>'zh-Hant' AS title_zh,
                       {source.Acronym ?? "NULL"}::text AS acronym, {body}
                FROM {source.Table} t {source.Partner}
                WHERE {isPublic} AND {matches}
            """;
    }

    private static string Match(string alias, bool shortQuery) => shortQuery
        // Exactly LIKE '%q%' for a query without white space of one or two characters, from the pieces' GIN index.
        ? $"{alias}.search_grams @> ARRAY[lower(@q)]"
        // Substrings, and near matches of the words (word similarity above pg_trgm.word_similarity_threshold, 0.6).
        : $"({alias}.search_text LIKE @containing ESCAPE '\\' OR lower(@q) <% {alias}.search_text)";
}
