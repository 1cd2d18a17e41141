using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Delegations;

/// <summary>Everything an editor writes about a delegation; status and identity are not part of it.</summary>
public sealed record DelegationContent(
    LocalizedText Title,
    LocalizedText? Purpose,
    IReadOnlyList<string> Topics,
    string TimeZone,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<Destination> Destinations,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<ItineraryItem> Itinerary,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<LocalizedText> Highlights,
    IReadOnlyList<Guid> RelatedEventIds);
