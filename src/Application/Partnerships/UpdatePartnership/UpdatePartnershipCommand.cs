using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Partnerships.UpdatePartnership;

public sealed record UpdatePartnershipCommand : PartnershipBody, ICommand<Result<PartnershipResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
