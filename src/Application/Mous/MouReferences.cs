using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.Mous;

/// <summary>Checks that the organisations, people, events and delegations an MoU body names exist, and that its slug is free.</summary>
internal static class MouReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, MouBody body, string slug, Guid? mouId, CancellationToken cancellationToken)
    {
        var parties = body.Parties ?? [];
        var organisations = parties.Select((p, i) => (Field: $"parties[{i}].organisationId", Id: (Guid?)p.OrganisationId))
            .Append((Field: "facilitatorOrganisationId", Id: body.FacilitatorOrganisationId))
            .Where(r => r.Id is not null).Select(r => (r.Field, r.Id!.Value)).ToList();
        var people = parties.Select((p, i) => (Field: $"parties[{i}].signatory.personId", Id: p.Signatory?.PersonId))
            .Where(r => r.Id is not null).Select(r => (r.Field, r.Id!.Value)).ToList();
        var events = (body.FollowUpEventIds ?? []).Select((id, i) => (Field: $"followUpEventIds[{i}]", Id: (Guid?)id))
            .Prepend((Field: "signedAtEventId", Id: body.SignedAtEventId))
            .Where(r => r.Id is not null).Select(r => (r.Field, r.Id!.Value)).ToList();
        var delegations = (body.FollowUpDelegationIds ?? []).Select((id, i) => (Field: $"followUpDelegationIds[{i}]", Id: (Guid?)id))
            .Prepend((Field: "delegationId", Id: body.DelegationId))
            .Where(r => r.Id is not null).Select(r => (r.Field, r.Id!.Value)).ToList();

        return await References.FirstMissingAsync(db.Organisations, organisations, OrganisationErrors.Missing, cancellationToken)
            ?? await References.FirstMissingAsync(db.People, people, PersonErrors.Missing, cancellationToken)
            ?? await References.FirstMissingAsync(db.Events, events, field => Error.Invalid(field, "No event has this id."), cancellationToken)
            ?? await References.FirstMissingAsync(db.Delegations, delegations, field => Error.Invalid(field, "No delegation has this id."), cancellationToken)
            ?? (await db.Mous.AnyAsync(m => m.Slug == slug && m.Id != mouId, cancellationToken) ? MouErrors.SlugTaken(slug) : null);
    }

    public static Task<string> FreeSlugAsync(IAppDbContext db, string baseSlug, CancellationToken cancellationToken) =>
        SlugAllocation.FreeAsync(db.Mous.Select(m => m.Slug), baseSlug, cancellationToken);
}
