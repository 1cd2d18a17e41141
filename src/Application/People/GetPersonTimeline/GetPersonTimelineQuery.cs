using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.People.GetPersonTimeline;

/// <summary>Everything one person did in the data, newest first: events they spoke at, judged or hosted, delegations they led or joined, MoUs they signed.</summary>
public sealed record GetPersonTimelineQuery(Guid PersonId, bool IncludeDrafts) : IQuery<Result<IReadOnlyList<TimelineEntry>>>;
