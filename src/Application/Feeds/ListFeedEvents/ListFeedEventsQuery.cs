using Mediator;
using Scc.Application.Events.ListEvents;

namespace Scc.Application.Feeds.ListFeedEvents;

/// <summary>
/// A page of the public events feed: published, postponed and cancelled events (never drafts), upcoming
/// unless <see cref="When"/> says otherwise, with the events list's filters and texts in <see cref="Language"/>.
/// </summary>
/// <param name="Language">en or zh-Hant, as negotiated from <c>?lang=</c> or Accept-Language.</param>
/// <param name="BaseUrl">The API's public address, for the items' links.</param>
/// <param name="KeepEndedFor">
/// How long after its end an event still counts as upcoming: the calendar feed keeps ended events for a while, so that
/// they do not vanish from subscribers' calendars; the other feeds drop them when they end.
/// </param>
public sealed record ListFeedEventsQuery(
    string Language,
    Uri BaseUrl,
    string? Type = null,
    string? Tag = null,
    Guid? OrganisationId = null,
    string? Role = null,
    Guid? SeriesId = null,
    Guid? ProgrammeId = null,
    string? When = null,
    string? Cursor = null,
    int? Limit = null,
    TimeSpan KeepEndedFor = default) : IQuery<FeedPage>
{
    public const string DefaultWhen = "upcoming";

    /// <summary>The same selection as the events list would make for an anonymous reader.</summary>
    public ListEventsQuery ToListQuery() => new(
        Type: Type,
        When: When ?? DefaultWhen,
        Tag: Tag,
        SeriesId: SeriesId,
        OrganisationId: OrganisationId,
        Role: Role,
        ProgrammeId: ProgrammeId,
        Cursor: Cursor,
        Limit: Limit,
        IncludeDrafts: false);
}
