using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>
/// A person who speaks, officiates, judges, hosts or is a guest at an event: a person of the directory
/// (<paramref name="PersonId"/>), whose name and title on the day come from there, or a one-off guest named here.
/// </summary>
/// <param name="Name">A one-off guest's name; with a person of the directory, leave it out (it is not shown).</param>
/// <param name="Honorific">As the person is addressed here: "Hon", "Dr Hon", "Prof Hon", "H.E.", "Dr"...; a directory person's own when left out.</param>
/// <param name="Title">The title as printed for this event, over the one derived from the person's appointments on its date.</param>
/// <param name="Topic">What the person spoke about.</param>
/// <param name="Role">Speaker when left out.</param>
/// <param name="Remote">Took part online rather than in the room.</param>
public sealed record Speaker(
    LocalizedText? Name = null, SpeakerRole Role = SpeakerRole.Speaker, string? Honorific = null, LocalizedText? Title = null,
    Guid? PersonId = null, LocalizedText? Topic = null, bool Remote = false);
