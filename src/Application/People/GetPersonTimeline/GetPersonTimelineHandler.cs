using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.People;

namespace Scc.Application.People.GetPersonTimeline;

public sealed class GetPersonTimelineHandler(IAppDbContext db)
    : IQueryHandler<GetPersonTimelineQuery, Result<IReadOnlyList<TimelineEntry>>>
{
    public async ValueTask<Result<IReadOnlyList<TimelineEntry>>> Handle(GetPersonTimelineQuery query, CancellationToken cancellationToken)
    {
        var id = query.PersonId;
        if (!await db.People.AnyAsync(p => p.Id == id, cancellationToken)) return PersonErrors.NotFound;
        var entries = new List<TimelineEntry>();

        var events = await db.Events.AsNoTracking()
            .Where(e => (query.IncludeDrafts || e.Status != EventStatus.Draft) && e.PersonIds.Contains(id))
            .Select(e => new { e.Id, e.Slug, e.Title, e.Schedule, e.Speakers, e.Sessions }).ToListAsync(cancellationToken);
        entries.AddRange(events.Select(e => new TimelineEntry("event", e.Id, e.Slug, e.Title,
            e.Schedule.FirstDay(),
            [.. e.Speakers.Concat(e.Sessions.SelectMany(s => s.Speakers ?? [])).Where(s => s.PersonId == id).Select(s => EnumName.Of(s.Role)).Distinct()], $"/api/v1/events/{e.Id}")));

        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => (query.IncludeDrafts || d.Status == DelegationStatus.Published) && d.PersonIds.Contains(id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.StartDate, d.Participants }).ToListAsync(cancellationToken);
        entries.AddRange(delegations.Select(d => new TimelineEntry("delegation", d.Id, d.Slug, d.Title, d.StartDate,
            [.. d.Participants.Where(p => p.PersonId == id).Select(p => EnumName.Of(p.Role)).Distinct()], $"/api/v1/delegations/{d.Id}")));

        // Signatories live inside each MoU's parties; MoUs are few, so they are matched in memory.
        var mous = await db.Mous.AsNoTracking().Where(m => query.IncludeDrafts || m.Visibility == MouVisibility.Published)
            .Select(m => new { m.Id, m.Slug, m.Title, m.SignedOn, m.Parties }).ToListAsync(cancellationToken);
        entries.AddRange(mous.Where(m => m.Parties.Any(p => p.Signatory?.PersonId == id))
            .Select(m => new TimelineEntry("mou", m.Id, m.Slug, m.Title, m.SignedOn, ["signatory"], $"/api/v1/mous/{m.Id}")));

        return entries.OrderByDescending(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
    }

}
