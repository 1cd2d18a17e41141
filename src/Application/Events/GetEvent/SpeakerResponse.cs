using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.GetEvent;

/// <summary>A speaker with what a reader needs to show them: for a person of the directory, the name and the title held on the event's date.</summary>
public sealed record SpeakerResponse
{
    /// <summary>The person in the directory; null for a one-off guest.</summary>
    public Guid? PersonId { get; init; }

    public required SpeakerRole Role { get; init; }

    public required LocalizedText Name { get; init; }

    public string? Honorific { get; init; }

    /// <summary>The title as printed for this event, else the person's appointment valid on the event's first day (the most recently started).</summary>
    public LocalizedText? Title { get; init; }

    public LocalizedText? Topic { get; init; }

    /// <summary>Took part online rather than in the room.</summary>
    public bool Remote { get; init; }
}
