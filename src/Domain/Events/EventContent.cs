using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>Everything an editor writes about an event; status and identity are not part of it.</summary>
public sealed record EventContent(
    EventType Type,
    EventFormat Format,
    LocalizedText Title,
    LocalizedText? Summary,
    LocalizedText? Description,
    string TimeZone,
    EventSchedule Schedule,
    Venue? Venue,
    Uri? OnlineUrl,
    string? OnlinePlatform,
    Guid? ParentEventId,
    Guid? SeriesId,
    int? SeriesPosition,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<LocalizedText> Highlights,
    IReadOnlyList<string> Tags,
    RegistrationSettings Registration,
    IReadOnlyList<EnquiryContact> Contacts,
    Uri? WebsiteUrl,
    Uri? ImageUrl,
    IReadOnlyList<EventOrganisation> Organisations,
    IReadOnlyList<Guid> FundingProgrammeIds,
    Guid? ProgrammeId,
    IReadOnlyList<Session>? Sessions = null);
