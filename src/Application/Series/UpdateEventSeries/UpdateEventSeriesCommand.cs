using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Series.UpdateEventSeries;

/// <summary>Replaces a series' title, slug and description; its events stay in it.</summary>
public sealed record UpdateEventSeriesCommand(LocalizedText Title, string? Slug = null, LocalizedText? Description = null)
    : EventSeriesBody(Title, Slug, Description), ICommand<Result<EventSeriesResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
