using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;

namespace Scc.Application.Search.SearchAll;

/// <summary>
/// Substring search over each kind's search column, ranked in memory. Each kind contributes at most
/// <see cref="PerKind"/> matches, which bounds the work; paging walks the ranked list by offset.
/// </summary>
public sealed class SearchHandler(IAppDbContext db) : IQueryHandler<SearchQuery, Page<SearchHit>>
{
    public const int PerKind = 200;

    public async ValueTask<Page<SearchHit>> Handle(SearchQuery query, CancellationToken cancellationToken)
    {
        var q = query.Q!.Trim().ToLowerInvariant();
        var pattern = LikePatterns.Containing(q);
        var kinds = EnumNames<SearchHitKind>.TryParseList(query.Type, out var parsed) && parsed.Count > 0 ? parsed : Enum.GetValues<SearchHitKind>();
        var candidates = new List<(SearchHitKind Kind, Guid Id, string Slug, LocalizedText Title)>();

        if (kinds.Contains(SearchHitKind.Event))
            candidates.AddRange((await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft && EF.Functions.Like(EF.Property<string>(e, SearchText.Column), pattern, LikePatterns.Escape))
                .Select(e => new { e.Id, e.Slug, e.Title }).Take(PerKind).ToListAsync(cancellationToken)).Select(e => (SearchHitKind.Event, e.Id, e.Slug, e.Title)));
        if (kinds.Contains(SearchHitKind.Delegation))
            candidates.AddRange((await db.Delegations.AsNoTracking().Where(d => d.Status == DelegationStatus.Published && EF.Functions.Like(EF.Property<string>(d, SearchText.Column), pattern, LikePatterns.Escape))
                .Select(d => new { d.Id, d.Slug, d.Title }).Take(PerKind).ToListAsync(cancellationToken)).Select(d => (SearchHitKind.Delegation, d.Id, d.Slug, d.Title)));
        if (kinds.Contains(SearchHitKind.Mou))
            candidates.AddRange((await db.Mous.AsNoTracking().Where(m => m.Visibility == MouVisibility.Published && EF.Functions.Like(EF.Property<string>(m, SearchText.Column), pattern, LikePatterns.Escape))
                .Select(m => new { m.Id, m.Slug, m.Title }).Take(PerKind).ToListAsync(cancellationToken)).Select(m => (SearchHitKind.Mou, m.Id, m.Slug, m.Title)));
        if (kinds.Contains(SearchHitKind.Organisation))
            candidates.AddRange((await db.Organisations.AsNoTracking().Where(o => EF.Functions.Like(EF.Property<string>(o, SearchText.Column), pattern, LikePatterns.Escape))
                .Select(o => new { o.Id, o.Slug, o.Name, o.Acronym }).Take(PerKind).ToListAsync(cancellationToken))
                .Select(o => (SearchHitKind.Organisation, o.Id, o.Slug, o.Acronym is null ? o.Name : o.Name with { En = $"{o.Name.En ?? o.Name.ZhHant} ({o.Acronym})" })));
        if (kinds.Contains(SearchHitKind.Person))
            candidates.AddRange((await db.People.AsNoTracking().Where(p => EF.Functions.Like(EF.Property<string>(p, SearchText.Column), pattern, LikePatterns.Escape))
                .Select(p => new { p.Id, p.Slug, p.Name }).Take(PerKind).ToListAsync(cancellationToken)).Select(p => (SearchHitKind.Person, p.Id, p.Slug, p.Name)));

        var ranked = candidates
            .Select(c => new SearchHit(c.Kind, c.Id, c.Slug, c.Title, Url(c.Kind, c.Id), Rank(c.Title, q)))
            .OrderByDescending(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.Slug, StringComparer.Ordinal)
            .ToList();
        TryDecodeOffset(query.Cursor, out var offset);
        var limit = query.Limit ?? PageLimits.Default;
        var page = ranked.Skip(offset).Take(limit).ToList();
        var next = offset + limit < ranked.Count ? EncodeOffset(offset + limit) : null;
        return new Page<SearchHit>(page, next);
    }

    private static int Rank(LocalizedText title, string q)
    {
        var texts = new[] { title.En, title.ZhHant }.OfType<string>().Select(t => t.ToLowerInvariant()).ToList();
        if (texts.Any(t => t == q)) return 3;
        return texts.Any(t => t.Contains(q, StringComparison.Ordinal)) ? 2 : 1;
    }

    private static string Url(SearchHitKind kind, Guid id) => kind switch
    {
        SearchHitKind.Event => $"/api/v1/events/{id}",
        SearchHitKind.Delegation => $"/api/v1/delegations/{id}",
        SearchHitKind.Mou => $"/api/v1/mous/{id}",
        SearchHitKind.Organisation => $"/api/v1/organisations/{id}",
        _ => $"/api/v1/people/{id}",
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
                   int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset is >= 0 and <= 10_000;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
