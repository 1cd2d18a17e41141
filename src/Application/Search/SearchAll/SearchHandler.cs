using System.Globalization;
using Mediator;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;

namespace Scc.Application.Search.SearchAll;

/// <summary>
/// Ranked search over every public resource. The database ranks and pages (<see cref="ISearchIndex"/>); this handler
/// turns a page of rows into hits with their addresses and snippets. The cursor is an offset into the ranked list.
/// </summary>
public sealed class SearchHandler(ISearchIndex index) : IQueryHandler<SearchQuery, Page<SearchHit>>
{
    /// <summary>The deepest offset a cursor may carry: ranking a deeper page costs as much as every page before it.</summary>
    public const int MaxOffset = 10_000;

    public async ValueTask<Page<SearchHit>> Handle(SearchQuery query, CancellationToken cancellationToken)
    {
        var q = query.Q!.Trim();
        var kinds = EnumNames<SearchHitKind>.TryParseList(query.Type, out var parsed) && parsed.Count > 0 ? parsed : Enum.GetValues<SearchHitKind>();
        TryDecodeOffset(query.Cursor, out var offset);
        var limit = query.Limit ?? PageLimits.Default;
        // One row more than the page tells whether another page follows.
        var rows = await index.FindAsync(q, kinds.Distinct().ToList(), offset, limit + 1, cancellationToken);
        var hits = rows.Take(limit).Select(r => Hit(r, q)).ToList();
        var next = rows.Count > limit && offset + limit <= MaxOffset ? EncodeOffset(offset + limit) : null;
        return new Page<SearchHit>(hits, next);
    }

    private static SearchHit Hit(SearchRow row, string q)
    {
        var kind = (SearchHitKind)row.Kind;
        var name = new LocalizedText(row.TitleEn, row.TitleZh);
        // Organisations and funding schemes are known by their acronyms as much as by their names.
        var title = row.Acronym is null ? name : name with { En = $"{name.En ?? name.ZhHant} ({row.Acronym})" };
        var body = row.TextEn is null && row.TextZh is null ? null : new LocalizedText(row.TextEn, row.TextZh);
        return new SearchHit(kind, row.Id, row.Slug, title, Url(kind, row.Id), row.Rank, Math.Round(row.Score, 4), SearchSnippets.Cut(title, body, q));
    }

    private static string Url(SearchHitKind kind, Guid id) => kind switch
    {
        SearchHitKind.Event => $"/api/v1/events/{id}",
        SearchHitKind.Delegation => $"/api/v1/delegations/{id}",
        SearchHitKind.Mou => $"/api/v1/mous/{id}",
        SearchHitKind.Organisation => $"/api/v1/organisations/{id}",
        SearchHitKind.Person => $"/api/v1/people/{id}",
        SearchHitKind.Series => $"/api/v1/event-series/{id}",
        SearchHitKind.Partnership => $"/api/v1/partnerships/{id}",
        SearchHitKind.Programme => $"/api/v1/programmes/{id}",
        SearchHitKind.FundingProgramme => $"/api/v1/funding-programmes/{id}",
        SearchHitKind.Digest => $"/api/v1/digests/{id}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A kind of hit without an address."),
    };

    private static string EncodeOffset(int offset) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecodeOffset(string? cursor, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
            return text.StartsWith("o:", StringComparison.Ordinal) &&
                   int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset is >= 0 and <= MaxOffset;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
