using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Series.CreateEventSeries;

/// <summary>Creates a series that events can then join with <c>seriesId</c>.</summary>
public sealed record CreateEventSeriesCommand(LocalizedText Title, string? Slug = null, LocalizedText? Description = null)
    : EventSeriesBody(Title, Slug, Description), ICommand<Result<EventSeriesResponse>>;
