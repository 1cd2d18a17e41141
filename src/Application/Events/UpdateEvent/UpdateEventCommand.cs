using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;

namespace Scc.Application.Events.UpdateEvent;

/// <summary>Replaces an event's content; its status is changed only through the transitions.</summary>
public sealed record UpdateEventCommand : EventBody, ICommand<Result<EventResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
