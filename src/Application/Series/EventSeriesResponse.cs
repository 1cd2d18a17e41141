using System.Text.Json.Serialization;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Series;

/// <summary>A series of events, such as a training course given in several sessions.</summary>
public sealed record EventSeriesResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }
}
