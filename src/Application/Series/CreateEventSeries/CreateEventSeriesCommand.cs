using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Series.CreateEventSeries;

/// <summary>Creates a series that events can then join with <c>seriesId</c>.</summary>
/// <param name="Slug">Made from the English title when left out.</param>
public sealed record CreateEventSeriesCommand(LocalizedText Title, string? Slug = null, LocalizedText? Description = null)
    : ICommand<Result<EventSeriesResponse>>;
