using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Events;

/// <summary>An organisation in its role at an event, named so that clients need no second call.</summary>
public sealed record EventOrganisationResponse
{
    public required Guid OrganisationId { get; init; }

    public required OrganisationRole Role { get; init; }

    public string? Acronym { get; init; }

    public LocalizedText? Name { get; init; }
}
