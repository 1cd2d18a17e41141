using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships;

internal static class PartnershipReferences
{
    /// <summary>The partner and the scope's target must exist (400 naming the field), and the slug must be free.</summary>
    public static async Task<Error?> CheckAsync(IAppDbContext db, PartnershipBody body, string slug, Guid? partnershipId, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == body.OrganisationId, cancellationToken)) return OrganisationErrors.Missing("organisationId");
        var scope = body.Scope;
        if (scope.Kind == PartnershipScopeKind.Event && scope.EventId is { } eventId && !await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
            return Error.Invalid("scope.eventId", "No event has this id.");
        if (scope.Kind == PartnershipScopeKind.Series && scope.SeriesId is { } seriesId && !await db.EventSeries.AnyAsync(s => s.Id == seriesId, cancellationToken))
            return Error.Invalid("scope.seriesId", "No event series has this id.");
        if (scope.Kind == PartnershipScopeKind.Programme && scope.ProgrammeId is { } programmeId && !await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
            return Error.Invalid("scope.programmeId", "No programme has this id.");
        if (await db.Partnerships.AnyAsync(p => p.Slug == slug && p.Id != partnershipId, cancellationToken)) return PartnershipErrors.SlugTaken(slug);
        return null;
    }

    public static async Task<string> DefaultSlugAsync(IAppDbContext db, PartnershipBody body, CancellationToken cancellationToken)
    {
        var partner = await db.Organisations.Where(o => o.Id == body.OrganisationId).Select(o => o.Slug).FirstOrDefaultAsync(cancellationToken) ?? "partner";
        var year = body.StartDate?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await SlugAllocation.FreeAsync(db.Partnerships.Select(p => p.Slug), Slug.From($"{partner} {body.SccRole} {year}"), cancellationToken);
    }
}
