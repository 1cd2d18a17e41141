using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.Delegations;

/// <summary>Checks that the people, organisations and events a delegation body names exist, and that its slug is free.</summary>
internal static class DelegationReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, DelegationBody body, string slug, Guid? delegationId, CancellationToken cancellationToken)
    {
        var participants = body.Participants ?? [];
        var itinerary = body.Itinerary ?? [];
        var people = participants.Select((p, i) => (Field: $"participants[{i}].personId", p.PersonId))
            .Where(r => r.PersonId is not null).Select(r => (r.Field, r.PersonId!.Value)).ToList();
        var organisations = participants.Select((p, i) => (Field: $"participants[{i}].organisationId", Id: p.OrganisationId))
            .Concat(itinerary.Select((item, i) => (Field: $"itinerary[{i}].hostOrganisationId", Id: item.HostOrganisationId)))
            .Where(r => r.Id is not null).Select(r => (r.Field, r.Id!.Value)).ToList();
        var events = (body.RelatedEventIds ?? []).Select((id, i) => ($"relatedEventIds[{i}]", id)).ToList();

        return await References.FirstMissingAsync(db.People, people, PersonErrors.Missing, cancellationToken)
            ?? await References.FirstMissingAsync(db.Organisations, organisations, OrganisationErrors.Missing, cancellationToken)
            ?? await References.FirstMissingAsync(db.Events, events, field => Error.Invalid(field, "No event has this id."), cancellationToken)
            ?? (await db.Delegations.AnyAsync(d => d.Slug == slug && d.Id != delegationId, cancellationToken) ? DelegationErrors.SlugTaken(slug) : null);
    }

    public static Task<string> FreeSlugAsync(IAppDbContext db, string baseSlug, CancellationToken cancellationToken) =>
        SlugAllocation.FreeAsync(db.Delegations.Select(d => d.Slug), baseSlug, cancellationToken);
}
