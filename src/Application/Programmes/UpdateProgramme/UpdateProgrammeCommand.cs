using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Programmes.UpdateProgramme;

/// <summary>Replaces a programme, its organisations included.</summary>
public sealed record UpdateProgrammeCommand : ProgrammeBody, ICommand<Result<ProgrammeResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
