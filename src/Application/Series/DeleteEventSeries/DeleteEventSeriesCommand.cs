using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Series.DeleteEventSeries;

/// <summary>
/// Deletes a series no event or partnership belongs to. Both refer to it with a restricting foreign key, so the
/// database refuses a series in use and the API answers 409 <c>event_series_in_use</c>.
/// </summary>
public sealed record DeleteEventSeriesCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
