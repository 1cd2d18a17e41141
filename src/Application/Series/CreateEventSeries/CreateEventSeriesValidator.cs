namespace Scc.Application.Series.CreateEventSeries;

public sealed class CreateEventSeriesValidator : EventSeriesBodyValidator<CreateEventSeriesCommand>;
