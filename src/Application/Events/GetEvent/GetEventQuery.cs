using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Events.GetEvent;

/// <summary>One event by id or by slug; drafts only for staff.</summary>
public sealed record GetEventQuery(Guid? Id, string? Slug, bool IncludeDrafts) : IQuery<Result<EventResponse>>;
