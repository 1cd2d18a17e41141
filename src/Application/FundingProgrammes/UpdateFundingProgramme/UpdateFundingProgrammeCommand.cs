using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes.UpdateFundingProgramme;

/// <summary>Replaces a funding programme.</summary>
public sealed record UpdateFundingProgrammeCommand : FundingProgrammeBody, ICommand<Result<FundingProgrammeResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
