using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.GetDelegation;

/// <summary>A participant with what a reader needs to show it.</summary>
public sealed record ParticipantResponse
{
    public Guid? PersonId { get; init; }

    public Guid? OrganisationId { get; init; }

    public required ParticipantRole Role { get; init; }

    /// <summary>Which delegation the participant belongs to, when a visit joins several.</summary>
    public LocalizedText? Group { get; init; }

    /// <summary>The person's or the organisation's name.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>A person's honorific (Hon, Dr Hon, Prof Hon...).</summary>
    public string? Honorific { get; init; }

    /// <summary>A person's titles valid on the delegation's start date, most recent first.</summary>
    public IReadOnlyList<LocalizedText> Titles { get; init; } = [];

    /// <summary>An organisation's acronym.</summary>
    public string? Acronym { get; init; }
}
