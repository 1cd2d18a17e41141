using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Events;

/// <summary>
/// Names of the organisations and texts of the funding programmes that a page of events refers to,
/// loaded with one query each, whatever the page size.
/// </summary>
public sealed class EventLinkDetails
{
    private readonly Dictionary<Guid, (string? Acronym, LocalizedText Name)> _organisations;
    private readonly Dictionary<Guid, (string? Acronym, LocalizedText Name, LocalizedText Disclaimer)> _funding;

    private EventLinkDetails(
        Dictionary<Guid, (string?, LocalizedText)> organisations,
        Dictionary<Guid, (string?, LocalizedText, LocalizedText)> funding)
    {
        _organisations = organisations;
        _funding = funding;
    }

    public static async Task<EventLinkDetails> LoadAsync(
        IAppDbContext db,
        IEnumerable<IReadOnlyList<EventOrganisationResponse>> organisations,
        IEnumerable<IReadOnlyList<FundingNoticeResponse>> funding,
        CancellationToken cancellationToken)
    {
        var organisationIds = organisations.SelectMany(l => l).Select(o => o.OrganisationId).Distinct().ToList();
        var fundingIds = funding.SelectMany(l => l).Select(f => f.FundingProgrammeId).Distinct().ToList();
        var organisationRows = organisationIds.Count == 0 ? [] : await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Acronym, o.Name }).ToListAsync(cancellationToken);
        var fundingRows = fundingIds.Count == 0 ? [] : await db.FundingProgrammes.AsNoTracking()
            .Where(f => fundingIds.Contains(f.Id)).Select(f => new { f.Id, f.Acronym, f.Name, f.Disclaimer }).ToListAsync(cancellationToken);
        return new EventLinkDetails(
            organisationRows.ToDictionary(o => o.Id, o => (o.Acronym, o.Name)),
            fundingRows.ToDictionary(f => f.Id, f => (f.Acronym, f.Name, f.Disclaimer)));
    }

    public IReadOnlyList<EventOrganisationResponse> Named(IReadOnlyList<EventOrganisationResponse> organisations) =>
        [.. organisations.Select(o => _organisations.TryGetValue(o.OrganisationId, out var found)
            ? o with { Acronym = found.Acronym, Name = found.Name }
            : o)];

    public IReadOnlyList<FundingNoticeResponse> Described(IReadOnlyList<FundingNoticeResponse> funding) =>
        [.. funding.Select(f => _funding.TryGetValue(f.FundingProgrammeId, out var found)
            ? f with { Acronym = found.Acronym, Name = found.Name, Disclaimer = found.Disclaimer }
            : f)];
}
