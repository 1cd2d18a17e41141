using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.GetOrganisationTimeline;

public sealed class GetOrganisationTimelineHandler(IAppDbContext db)
    : IQueryHandler<GetOrganisationTimelineQuery, Result<IReadOnlyList<TimelineEntry>>>
{
    public async ValueTask<Result<IReadOnlyList<TimelineEntry>>> Handle(GetOrganisationTimelineQuery query, CancellationToken cancellationToken)
    {
        var id = query.OrganisationId;
        if (!await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken)) return OrganisationErrors.NotFound;
        var entries = new List<TimelineEntry>();

        var events = await db.Events.AsNoTracking()
            .Where(e => (query.IncludeDrafts || e.Status != EventStatus.Draft) && e.Organisations.Any(o => o.OrganisationId == id))
            .Select(e => new { e.Id, e.Slug, e.Title, e.Schedule, Roles = e.Organisations.Where(o => o.OrganisationId == id).Select(o => o.Role).ToList() })
            .ToListAsync(cancellationToken);
        entries.AddRange(events.Select(e => new TimelineEntry("event", e.Id, e.Slug, e.Title, e.Schedule.FirstDay(), Names(e.Roles), $"/api/v1/events/{e.Id}")));

        // Parts of those events (SCC's pavilion inside HKTDC's fair) belong to the organisation's story too.
        var rolesByParent = events.ToDictionary(e => e.Id, e => e.Roles);
        var parentIds = rolesByParent.Keys.ToList();
        var parts = await db.Events.AsNoTracking()
            .Where(e => (query.IncludeDrafts || e.Status != EventStatus.Draft) && e.ParentEventId != null && parentIds.Contains(e.ParentEventId.Value)
                        && !e.Organisations.Any(o => o.OrganisationId == id))
            .Select(e => new { e.Id, e.Slug, e.Title, e.Schedule, ParentId = e.ParentEventId!.Value })
            .ToListAsync(cancellationToken);
        entries.AddRange(parts.Select(e => new TimelineEntry("event", e.Id, e.Slug, e.Title, e.Schedule.FirstDay(),
            [.. rolesByParent[e.ParentId].Select(r => "parentEvent." + EnumName.Of(r))], $"/api/v1/events/{e.Id}")));

        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => (query.IncludeDrafts || d.Status == DelegationStatus.Published) && d.OrganisationIds.Contains(id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.StartDate, d.Participants, d.Itinerary }).ToListAsync(cancellationToken);
        entries.AddRange(delegations.Select(d => new TimelineEntry("delegation", d.Id, d.Slug, d.Title, d.StartDate,
            [.. d.Participants.Where(p => p.OrganisationId == id).Select(p => EnumName.Of(p.Role))
                .Concat(d.Itinerary.Where(i => i.HostOrganisationId == id).Select(_ => "host")).Distinct()],
            $"/api/v1/delegations/{d.Id}")));

        var mous = await db.Mous.AsNoTracking()
            .Where(m => (query.IncludeDrafts || m.Visibility == MouVisibility.Published) && (m.PartyOrganisationIds.Contains(id) || m.FacilitatorOrganisationId == id))
            .Select(m => new { m.Id, m.Slug, m.Title, m.SignedOn, m.PartyOrganisationIds, m.FacilitatorOrganisationId }).ToListAsync(cancellationToken);
        entries.AddRange(mous.Select(m => new TimelineEntry("mou", m.Id, m.Slug, m.Title, m.SignedOn,
            MouRoles(m.PartyOrganisationIds.Contains(id), m.FacilitatorOrganisationId == id),
            $"/api/v1/mous/{m.Id}")));

        var partnerships = await db.Partnerships.AsNoTracking().Where(p => p.OrganisationId == id)
            .Select(p => new { p.Id, p.Slug, p.Notes, p.StartDate, p.PartnerRole, p.SccRole }).ToListAsync(cancellationToken);
        entries.AddRange(partnerships.Select(p => new TimelineEntry("partnership", p.Id, p.Slug,
            p.Notes ?? new LocalizedText($"SCC as {EnumName.Of(p.SccRole)}", null), p.StartDate,
            p.PartnerRole is { } role ? [EnumName.Of(role)] : [], $"/api/v1/partnerships/{p.Id}")));

        var programmes = await db.Programmes.AsNoTracking().Where(p => p.Organisations.Any(o => o.OrganisationId == id))
            .Select(p => new { p.Id, p.Slug, p.Name, Roles = p.Organisations.Where(o => o.OrganisationId == id).Select(o => o.Role).ToList() })
            .ToListAsync(cancellationToken);
        entries.AddRange(programmes.Select(p => new TimelineEntry("programme", p.Id, p.Slug, p.Name, null, Names(p.Roles), $"/api/v1/programmes/{p.Id}")));

        return entries.OrderByDescending(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
    }

    private static List<string> MouRoles(bool party, bool facilitator)
    {
        var roles = new List<string>();
        if (party) roles.Add("party");
        if (facilitator) roles.Add("facilitator");
        return roles;
    }


    private static IReadOnlyList<string> Names(IEnumerable<OrganisationRole> roles) => [.. roles.Select(EnumName.Of)];
}
