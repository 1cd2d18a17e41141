using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Organisations.GetOrganisationTimeline;

/// <summary>Everything done with one organisation, newest first: its events, delegations, MoUs, partnerships and programmes.</summary>
public sealed record GetOrganisationTimelineQuery(Guid OrganisationId, bool IncludeDrafts) : IQuery<Result<IReadOnlyList<TimelineEntry>>>;
