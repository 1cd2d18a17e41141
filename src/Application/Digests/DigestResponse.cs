using System.Text.Json.Serialization;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests;

/// <summary>
/// A digest: its period and its two sections. A preview has no id, status or editorial choices; a saved
/// digest has them all.
/// </summary>
public sealed record DigestResponse : IVersioned
{
    public Guid? Id { get; init; }

    public string? Slug { get; init; }

    public DigestStatus? Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the publication schedule publishes this draft (staff set it); null once published or when none is planned.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Introduction { get; init; }

    /// <summary>First day of the period (Hong Kong).</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the period (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>The day of writing: what ended before it is reviewed, what is still to come is announced.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Review of Major Events, oldest first (pinned items first).</summary>
    public required IReadOnlyList<DigestItem> Review { get; init; }

    /// <summary>Upcoming Activities: SCC's own first, then those it supports, each soonest first (pinned items first).</summary>
    public required IReadOnlyList<DigestItem> Upcoming { get; init; }

    /// <summary>Saved digests: the editors' choices (pinned, position, leftOut) as last written.</summary>
    public IReadOnlyList<DigestItemChoice>? Items { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>A default title from the day of writing, in both languages.</summary>
    public static LocalizedText DefaultTitle(DateOnly asOf) => new(
        $"Smart City Consortium e-Newsletter, {asOf.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
        $"智慧城市聯盟電子通訊 {asOf.Year}年{asOf.Month}月");
}
