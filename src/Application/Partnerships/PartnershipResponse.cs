using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships;

public sealed record PartnershipResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required Guid OrganisationId { get; init; }

    public string? OrganisationAcronym { get; init; }

    public LocalizedText? OrganisationName { get; init; }

    public required OrganisationRole SccRole { get; init; }

    public OrganisationRole? PartnerRole { get; init; }

    public required PartnershipScope Scope { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>Upcoming, active or ended today, from the dates.</summary>
    public PartnershipStatus Status { get; init; }

    /// <summary>The person to talk to at the partner: shown to staff only (null for everyone else).</summary>
    public PartnerContact? Contact { get; init; }

    public LocalizedText? Notes { get; init; }

    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>The partnership as anyone but staff sees it: without the contact person, who is personal data.</summary>
    public PartnershipResponse WithoutContact() => this with { Contact = null };

    /// <summary>Today's status and the partner's name, which the projection cannot compute in SQL.</summary>
    public PartnershipResponse Completed(DateOnly today, IReadOnlyDictionary<Guid, (string? Acronym, LocalizedText Name)> organisations)
    {
        var status = StartDate is { } start && today < start ? PartnershipStatus.Upcoming
            : EndDate is { } end && today > end ? PartnershipStatus.Ended
            : PartnershipStatus.Active;
        var organisation = organisations.TryGetValue(OrganisationId, out var found) ? found : default;
        return this with { Status = status, OrganisationAcronym = organisation.Acronym, OrganisationName = organisation.Name };
    }
}
