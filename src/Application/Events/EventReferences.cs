using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Application.Events;

/// <summary>Checks that what an event body points at exists, and that its slug is free.</summary>
internal static class EventReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, EventBody body, string slug, Guid? eventId, CancellationToken cancellationToken)
    {
        if (body.ParentEventId is { } parentId && parentId == eventId) return EventErrors.ParentIsSelf;
        if (body.ParentEventId is { } parent && !await db.Events.AnyAsync(e => e.Id == parent, cancellationToken))
            return EventErrors.ParentNotFound;
        if (body.SeriesId is { } series && !await db.EventSeries.AnyAsync(s => s.Id == series, cancellationToken))
            return EventErrors.SeriesNotFound;
        if (body.ProgrammeId is { } programme && !await db.Programmes.AnyAsync(p => p.Id == programme, cancellationToken))
            return Error.Invalid("programmeId", "No programme has this id.");
        var organisationIds = (body.Organisations ?? []).Select(o => o.OrganisationId).Distinct().ToList();
        var knownOrganisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < (body.Organisations?.Count ?? 0); i++)
        {
            if (!knownOrganisations.Contains(body.Organisations![i].OrganisationId))
                return OrganisationErrors.Missing($"organisations[{i}].organisationId");
        }
        // Every speaker, of the event and of its sessions, with the field a client would correct.
        var speakers = (body.Speakers ?? []).Select((s, i) => (Speaker: s, Field: $"speakers[{i}].personId"))
            .Concat((body.Sessions ?? []).SelectMany((session, i) => (session?.Speakers ?? []).Select((s, j) => (Speaker: s, Field: $"sessions[{i}].speakers[{j}].personId"))))
            .ToList();
        var personIds = speakers.Select(s => s.Speaker.PersonId).OfType<Guid>().Distinct().ToList();
        var knownPeople = personIds.Count == 0 ? [] : await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (speakers.FirstOrDefault(s => s.Speaker.PersonId is { } personId && !knownPeople.Contains(personId)) is { Field: { } field })
            return Error.Invalid(field, "No person has this id.");
        var fundingIds = body.FundingProgrammeIds ?? [];
        var knownFunding = await db.FundingProgrammes.Where(f => fundingIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < fundingIds.Count; i++)
        {
            if (!knownFunding.Contains(fundingIds[i])) return Error.Invalid($"fundingProgrammeIds[{i}]", "No funding programme has this id.");
        }
        if (await db.Events.AnyAsync(e => e.Slug == slug && e.Id != eventId, cancellationToken))
            return EventErrors.SlugTaken(slug);
        return null;
    }
}
