using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.People.GetPerson;
using Scc.Domain.Common;

namespace Scc.Application.People.UpdatePerson;

/// <summary>Replaces a person's name, honorific and appointments.</summary>
public sealed record UpdatePersonCommand : PersonBody, ICommand<Result<PersonResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
