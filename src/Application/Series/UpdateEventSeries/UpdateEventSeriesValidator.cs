namespace Scc.Application.Series.UpdateEventSeries;

public sealed class UpdateEventSeriesValidator : EventSeriesBodyValidator<UpdateEventSeriesCommand>;
