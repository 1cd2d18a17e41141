using Scc.Domain.Common;

namespace Scc.Application.Events.GetEvent;

/// <summary>
/// One part of the agenda, its day and times in the event's time zone (the times are null when not known), its
/// speakers described.
/// </summary>
public sealed record SessionResponse
{
    public required DateOnly Date { get; init; }

    public required DateTimeOffset? StartsAt { get; init; }

    public required DateTimeOffset? EndsAt { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    public IReadOnlyList<SpeakerResponse> Speakers { get; init; } = [];

    public LocalizedText? Room { get; init; }

    public Uri? OnlineUrl { get; init; }
}
