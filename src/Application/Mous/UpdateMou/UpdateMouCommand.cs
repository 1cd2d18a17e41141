using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;

namespace Scc.Application.Mous.UpdateMou;

/// <summary>Replaces an MoU's content; publication and termination have their own endpoints.</summary>
public sealed record UpdateMouCommand : MouBody, ICommand<Result<MouResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
