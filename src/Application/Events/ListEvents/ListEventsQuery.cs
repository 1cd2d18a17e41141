using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Events.ListEvents;

/// <summary>
/// A page of events. Filters arrive as the client wrote them and are checked by the validator, so that an
/// unknown value is a 400 naming the parameter rather than an empty list.
/// </summary>
public sealed record ListEventsQuery(
    string? Type = null,
    string? Status = null,
    string? When = null,
    string? From = null,
    string? To = null,
    string? Tag = null,
    string? Q = null,
    Guid? SeriesId = null,
    Guid? ParentEventId = null,
    Guid? OrganisationId = null,
    string? Role = null,
    Guid? ProgrammeId = null,
    Guid? FundingProgrammeId = null,
    string? Sort = null,
    string? Cursor = null,
    int? Limit = null,
    bool IncludeDrafts = false) : IQuery<Page<EventSummary>>;
