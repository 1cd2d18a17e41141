using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Application.Audit;
using Scc.Application.Audit.GetAuditEntry;
using Scc.Application.Audit.ListAuditEntries;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Auditing;
using Scc.Api.OpenApi;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/audit</c>: the log of every staff and integration write, for admins.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.NewVersionedApi("Audit").MapGroup("/api/v1/audit").HasApiVersion(1.0).WithTags("Audit")
            .RequireAuthorization(Policies.Admin).AnswerHeadLikeGet();

        audit.MapGet("/", List).WithName("ListAuditEntries").WithSummary("List audit entries")
            .WithDescription("Every write by staff (`user`), integrations (`apiKey`) and background work (`system`): who, what, when, from which " +
                             "address, and the changed fields (personal and secret fields by name only). Newest first; cursor-paged. " +
                             "Anonymous public writes (registering, a registrant's own cancellation) are not in it; see the registration changes feed.");
        audit.MapGet("/{id:guid}", Get).WithName("GetAuditEntry").WithSummary("Get an audit entry");
        return app;
    }

    /// <param name="actorKind">user, apiKey or system.</param>
    /// <param name="actorId">A staff token's subject, an API key's id, or a job's name.</param>
    /// <param name="resourceType">event, eventSeries, delegation, mou, organisation, person, fundingProgramme, programme, partnership, registration, digest, webhookSubscription, webhookDelivery or apiKey.</param>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="action">created, updated, deleted, statusChanged, erased, revoked or waitlistRenumbered.</param>
    /// <param name="from">Entries at or after this instant.</param>
    /// <param name="to">Entries at or before this instant.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<Page<AuditEntryResponse>>, ProblemHttpResult>> List(
        [QueryParameter(ValuesFrom = typeof(AuditActor), ValuesMember = nameof(AuditActor.Kinds), Description = "Who acted: a staff user, an API key or the system.")] [FromQuery(Name = "actorKind")] string? actorKind, [FromQuery(Name = "actorId")] string? actorId,
        [QueryParameter(ValuesFrom = typeof(AuditResourceTypes), Description = "The kind of resource changed.")] [FromQuery(Name = "resourceType")] string? resourceType, [FromQuery(Name = "resourceId")] Guid? resourceId,
        [QueryParameter(ValuesFrom = typeof(AuditActions), Description = "What was done.")] [FromQuery(Name = "action")] string? action, [FromQuery(Name = "from")] DateTimeOffset? from, [FromQuery(Name = "to")] DateTimeOffset? to,
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListAuditEntriesQuery(actorKind, actorId, resourceType, resourceId, action, from, to, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<AuditEntryResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new GetAuditEntryQuery(id), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
