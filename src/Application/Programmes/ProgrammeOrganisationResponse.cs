using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Programmes;

/// <summary>An organisation's part in a programme, with what is needed to show it.</summary>
public sealed record ProgrammeOrganisationResponse
{
    public required Guid OrganisationId { get; init; }

    public required OrganisationRole Role { get; init; }

    public required LocalizedText Name { get; init; }

    public string? Acronym { get; init; }
}
