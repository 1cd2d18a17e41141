using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.ListDelegations;

/// <summary>A delegation in a list: enough to show a card and link to it.</summary>
public sealed record DelegationSummary
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required DelegationStatus Status { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Purpose { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required string TimeZone { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public required IReadOnlyList<Destination> Destinations { get; init; }
}
