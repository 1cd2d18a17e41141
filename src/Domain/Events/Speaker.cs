using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>A person who speaks, officiates or judges at an event, with the title they held there.</summary>
/// <param name="Honorific">As the person is addressed: "Hon", "Dr Hon", "Prof Hon", "H.E.", "Dr"...</param>
public sealed record Speaker(LocalizedText Name, SpeakerRole Role, string? Honorific = null, LocalizedText? Title = null);
