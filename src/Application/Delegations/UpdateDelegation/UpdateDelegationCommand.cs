using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.UpdateDelegation;

/// <summary>Replaces a delegation's content; its status is changed only through the transitions.</summary>
public sealed record UpdateDelegationCommand : DelegationBody, ICommand<Result<DelegationResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
