using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes;

/// <summary>Checks that the funder of a funding programme body exists, and that its slug is free.</summary>
internal static class FundingProgrammeReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, FundingProgrammeBody body, string slug, Guid? programmeId, CancellationToken cancellationToken)
    {
        if (body.FunderOrganisationId is { } funder && !await db.Organisations.AnyAsync(o => o.Id == funder, cancellationToken))
            return OrganisationErrors.Missing("funderOrganisationId");
        if (await db.FundingProgrammes.AnyAsync(f => f.Slug == slug && f.Id != programmeId, cancellationToken))
            return FundingProgrammeErrors.SlugTaken(slug);
        return null;
    }
}
