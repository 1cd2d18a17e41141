using Mediator;

namespace Scc.Application.Series.ListEventSeries;

/// <summary>All series, by title; there are few.</summary>
public sealed record ListEventSeriesQuery : IQuery<IReadOnlyList<EventSeriesResponse>>;
