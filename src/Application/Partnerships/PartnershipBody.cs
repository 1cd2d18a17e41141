using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships;

/// <summary>What an editor sends to create or replace a partnership.</summary>
public abstract record PartnershipBody
{
    /// <summary>Made from the partner's slug and the scope when left out.</summary>
    public string? Slug { get; init; }

    public required Guid OrganisationId { get; init; }

    /// <summary>SCC's part: supportingOrganisation, collaboratingOrganisation, organiser...</summary>
    public required OrganisationRole SccRole { get; init; }

    /// <summary>The partner's part, where it has one.</summary>
    public OrganisationRole? PartnerRole { get; init; }

    /// <summary>One event, an event series, a programme, or a period (then startDate is required).</summary>
    public required PartnershipScope Scope { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public PartnerContact? Contact { get; init; }

    public LocalizedText? Notes { get; init; }

    public PartnershipDetails ToDetails() => new(OrganisationId, SccRole, PartnerRole, Scope, StartDate, EndDate, Contact, Notes);
}
