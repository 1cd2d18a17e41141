using System.Text.Json.Serialization;
using Scc.Application.Common.Lookups;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.ListMous;

/// <summary>An MoU in a list: its parties, dates and status.</summary>
public sealed record MouSummary
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required MouVisibility Visibility { get; init; }

    /// <summary>Where the MoU stands in its term today (Hong Kong).</summary>
    public MouStatus Status { get; init; }

    public required LocalizedText Title { get; init; }

    public IReadOnlyList<MouPartyResponse> Parties { get; init; } = [];

    public required DateOnly SignedOn { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateOnly? TerminatedOn { get; init; }

    [JsonIgnore]
    public IReadOnlyList<MouParty> StoredParties { get; init; } = [];

    public MouSummary Describe(DirectoryEntries directory, DateOnly today) => this with
    {
        Status = Mou.StatusOn(today, SignedOn, EffectiveFrom, ExpiresOn, TerminatedOn),
        Parties = [.. StoredParties.Select(p => MouPartyResponse.From(p, SignedOn, directory))],
        StoredParties = [],
    };
}
