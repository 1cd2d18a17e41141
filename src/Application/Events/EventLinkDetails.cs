namespace Scc.Application.Events;

/// <summary>
/// The organisations (named, in their roles) and funding programmes (with their disclaimers) of a page of events,
/// loaded by <see cref="IEventLinks"/> with one query each, whatever the page size. Kept out of the events' own query on
/// purpose: joined there, every event row was repeated once per organisation, with all its text, and EF Core built the
/// nested lists row by row.
/// </summary>
public sealed class EventLinkDetails(
    IEnumerable<(Guid EventId, EventOrganisationResponse Organisation)> organisations,
    IEnumerable<(Guid EventId, FundingNoticeResponse Programme)> funding)
{
    public static EventLinkDetails None { get; } = new([], []);

    private readonly ILookup<Guid, EventOrganisationResponse> _organisations = organisations.ToLookup(o => o.EventId, o => o.Organisation);
    private readonly ILookup<Guid, FundingNoticeResponse> _funding = funding.ToLookup(f => f.EventId, f => f.Programme);

    public IReadOnlyList<EventOrganisationResponse> OrganisationsOf(Guid eventId) => [.. _organisations[eventId]];

    public IReadOnlyList<FundingNoticeResponse> FundingOf(Guid eventId) => [.. _funding[eventId]];
}

/// <summary>Loads <see cref="EventLinkDetails"/> (port; Infrastructure runs the two queries compiled once).</summary>
public interface IEventLinks
{
    Task<EventLinkDetails> LoadAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);
}
