using Scc.Domain.Common;

namespace Scc.Application.Events;

/// <summary>A funding programme of an event, with the disclaimer that must be published with it.</summary>
public sealed record FundingNoticeResponse
{
    public required Guid FundingProgrammeId { get; init; }

    public string? Acronym { get; init; }

    public LocalizedText? Name { get; init; }

    public LocalizedText? Disclaimer { get; init; }
}
