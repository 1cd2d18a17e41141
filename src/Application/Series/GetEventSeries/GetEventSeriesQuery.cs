using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Series.GetEventSeries;

public sealed record GetEventSeriesQuery(Guid Id) : IQuery<Result<EventSeriesResponse>>;
