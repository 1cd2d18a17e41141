using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests;

/// <summary>What editors write about a digest: its period, title, introduction and choices about its items.</summary>
public abstract record DigestBody
{
    /// <summary>Left out on creation: made from the day of writing (e-newsletter-2023-08-15).</summary>
    public string? Slug { get; init; }

    /// <summary>Left out on creation: "Smart City Consortium e-Newsletter, August 2023" and its Chinese.</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>The opening words, in both languages.</summary>
    public LocalizedText? Introduction { get; init; }

    /// <summary>First day of the period (yyyy-MM-dd, Hong Kong).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>The day of writing, within the period: what ended before it is reviewed, what is still to come is announced.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Choices about items the period brings in: pinned, position, leftOut. Items not listed keep the generated order.</summary>
    public IReadOnlyList<DigestItemChoice>? Items { get; init; }

    public string SlugOrFromDate() => Slug ?? $"e-newsletter-{AsOf!.Value:yyyy-MM-dd}";
}
