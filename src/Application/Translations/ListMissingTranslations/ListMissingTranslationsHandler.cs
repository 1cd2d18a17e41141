using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Kinds = Scc.Application.Common.Auditing.AuditResourceTypes;

namespace Scc.Application.Translations.ListMissingTranslations;

/// <summary>
/// Reads every public item of the kinds asked for after the cursor and keeps those with gaps: the gaps are found in
/// the items' texts (<see cref="TranslationGaps"/>), not in SQL, so a page costs a read of the items after the cursor.
/// Editors call it now and then, and the consortium's content runs to thousands of items, not millions.
/// </summary>
public sealed class ListMissingTranslationsHandler(IAppDbContext db) : IQueryHandler<ListMissingTranslationsQuery, Result<Page<MissingTranslations>>>
{
    public static readonly IReadOnlyList<string> Types =
        [Kinds.Event, Kinds.EventSeries, Kinds.Delegation, Kinds.Mou, Kinds.Partnership, Kinds.Organisation, Kinds.Person, Kinds.Programme, Kinds.FundingProgramme, Kinds.Digest];

    public async ValueTask<Result<Page<MissingTranslations>>> Handle(ListMissingTranslationsQuery query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.Cursor, ListMissingTranslationsQuery.Sort, out var cursor);
        var after = cursor?.Id;
        var found = new List<MissingTranslations>();
        bool Wanted(string type) => query.Type is null || query.Type == type;
        void Add<T>(string type, string path, IEnumerable<T> items, Func<T, Guid> id, Func<T, string> slug, Func<T, LocalizedText?> title) where T : class
        {
            foreach (var item in items)
            {
                var fields = TranslationGaps.Of(item).Where(f => query.Lang is null || f.Missing == query.Lang).ToList();
                if (fields.Count > 0) found.Add(new MissingTranslations(type, id(item), slug(item), title(item), $"/api/v1/{path}/{id(item)}", fields));
            }
        }

        if (Wanted(Kinds.Event))
            Add(Kinds.Event, "events", await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft).OrderByIdAfter(e => e.Id, after).ToListAsync(cancellationToken),
                e => e.Id, e => e.Slug, e => e.Title);
        if (Wanted(Kinds.EventSeries))
            Add(Kinds.EventSeries, "event-series", await db.EventSeries.AsNoTracking().OrderByIdAfter(s => s.Id, after).ToListAsync(cancellationToken),
                s => s.Id, s => s.Slug, s => s.Title);
        if (Wanted(Kinds.Delegation))
            Add(Kinds.Delegation, "delegations", await db.Delegations.AsNoTracking().Where(d => d.Status != DelegationStatus.Draft).OrderByIdAfter(d => d.Id, after).ToListAsync(cancellationToken),
                d => d.Id, d => d.Slug, d => d.Title);
        if (Wanted(Kinds.Mou))
            Add(Kinds.Mou, "mous", await db.Mous.AsNoTracking().Where(m => m.PublishedAt != null).OrderByIdAfter(m => m.Id, after).ToListAsync(cancellationToken),
                m => m.Id, m => m.Slug, m => m.Title);
        if (Wanted(Kinds.Partnership))
            Add(Kinds.Partnership, "partnerships", await db.Partnerships.AsNoTracking().OrderByIdAfter(p => p.Id, after).ToListAsync(cancellationToken),
                p => p.Id, p => p.Slug, _ => null);
        if (Wanted(Kinds.Organisation))
            Add(Kinds.Organisation, "organisations", await db.Organisations.AsNoTracking().OrderByIdAfter(o => o.Id, after).ToListAsync(cancellationToken),
                o => o.Id, o => o.Slug, o => o.Name);
        if (Wanted(Kinds.Person))
            Add(Kinds.Person, "people", await db.People.AsNoTracking().OrderByIdAfter(p => p.Id, after).ToListAsync(cancellationToken),
                p => p.Id, p => p.Slug, p => p.Name);
        if (Wanted(Kinds.Programme))
            Add(Kinds.Programme, "programmes", await db.Programmes.AsNoTracking().OrderByIdAfter(p => p.Id, after).ToListAsync(cancellationToken),
                p => p.Id, p => p.Slug, p => p.Name);
        if (Wanted(Kinds.FundingProgramme))
            Add(Kinds.FundingProgramme, "funding-programmes", await db.FundingProgrammes.AsNoTracking().OrderByIdAfter(f => f.Id, after).ToListAsync(cancellationToken),
                f => f.Id, f => f.Slug, f => f.Name);
        if (Wanted(Kinds.Digest))
            Add(Kinds.Digest, "digests", await db.Digests.AsNoTracking().Where(d => d.Status == DigestStatus.Published).OrderByIdAfter(d => d.Id, after).ToListAsync(cancellationToken),
                d => d.Id, d => d.Slug, d => d.Title);

        var size = query.Limit ?? PageLimits.Default;
        var page = found.OrderBy(i => i.Id).Take(size + 1).ToList();
        if (page.Count <= size) return new Page<MissingTranslations>(page, null);
        page.RemoveAt(size);
        return new Page<MissingTranslations>(page, new Cursor(ListMissingTranslationsQuery.Sort, null, page[^1].Id).Encode());
    }
}
