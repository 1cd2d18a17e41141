using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Delegations.ChangeDelegationStatus;
using Scc.Application.Delegations.CreateDelegation;
using Scc.Application.Delegations.DeleteDelegation;
using Scc.Application.Delegations.GetDelegation;
using Scc.Application.Delegations.ListDelegations;
using Scc.Application.Delegations.ScheduleDelegationPublication;
using Scc.Application.Delegations.UpdateDelegation;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Publishing;
using Scc.Domain.Common;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/delegations</c>: anonymous reads of published delegations; staff write and see the rest.</summary>
public static class DelegationsEndpoints
{
    public static IEndpointRouteBuilder MapDelegationsEndpoints(this IEndpointRouteBuilder app)
    {
        var delegations = app.NewVersionedApi("Delegations").MapGroup("/api/v1/delegations").HasApiVersion(1.0).WithTags("Delegations").AnswerHeadLikeGet();

        delegations.MapGet("/", List).AllowAnonymousShowingDrafts().WithName("ListDelegations").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List delegations").WithDescription("Published delegations for everyone; staff and `content:read` keys also see drafts and cancelled ones. Cursor-paged by start date.");
        delegations.MapGet("/{id:guid}", GetById).AllowAnonymousShowingDrafts().WithName("GetDelegation")
            .WithSummary("Get a delegation")
            .WithConditionalGet();
        delegations.MapGet("/by-slug/{slug}", GetBySlug).AllowAnonymousShowingDrafts().WithName("GetDelegationBySlug")
            .WithSummary("Get a delegation by its slug")
            .WithConditionalGet();
        delegations.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateDelegation")
            .WithSummary("Create a draft delegation")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        delegations.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateDelegation")
            .WithSummary("Replace a delegation's content").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        delegations.MapPut("/{id:guid}/publication-schedule",
                (Guid id, PublicationScheduleBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new ScheduleDelegationPublicationCommand(id, body.PublishAt, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("ScheduleDelegationPublication")
            .WithSummary("Plan when a delegation is published")
            .WithDescription("Staff plan when the draft goes public on its own: the publication schedule publishes it within half a minute of `publishAt`, exactly as the publish action would (audited as the system). `publishAt` must be in the future (a past time is a 400, not an immediate publication; publish now with the publish action); null drops the plan. Publishing by hand drops it too. Only a draft may be given a `publishAt` (409 `invalid_transition`).")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        MapTransition(delegations, "publish", DelegationTransition.Publish, "Publish a delegation", "A draft delegation becomes published.");
        MapTransition(delegations, "cancel", DelegationTransition.Cancel, "Cancel a delegation", "A draft or published delegation becomes cancelled.");
        delegations.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteDelegation")
            .WithSummary("Delete a draft or cancelled delegation")
            .WithDescription(TrashEndpoints.Deletion("delegation"))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "delegation_not_deletable", "delegation_in_use");
        return app;
    }

    private static void MapTransition(RouteGroupBuilder delegations, string action, DelegationTransition transition, string summary, string description) =>
        delegations.MapPost($"/{{id:guid}}/{action}",
                (Guid id, StatusChangeBody? body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new ChangeDelegationStatusCommand(id, transition, body?.Note, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName(char.ToUpperInvariant(action[0]) + action[1..] + "Delegation")
            .WithSummary(summary).WithDescription(description)
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");

    private static async Task<Ok<Page<DelegationSummary>>> List(
        [AsParameters] DelegationListParameters p, ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var query = new ListDelegationsQuery(p.Country, p.City, p.When, p.From, p.To, p.PersonId, p.OrganisationId,
            p.Sort, p.Cursor, p.Limit, IncludeUnpublished: user.SeesDrafts());
        return TypedResults.Ok(await sender.Send(query, ct));
    }

    private static Task<Results<Ok<DelegationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetById(
        Guid id, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetDelegationQuery(id, null, user.SeesDrafts()), http, sender, ct);

    private static Task<Results<Ok<DelegationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetBySlug(
        string slug, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetDelegationQuery(null, slug, user.SeesDrafts()), http, sender, ct);

    private static async Task<Results<Ok<DelegationResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        GetDelegationQuery query, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, query, http, ct);
    }

    private static async Task<Results<Created<DelegationResponse>, ProblemHttpResult>> Create(
        CreateDelegationCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/delegations/{r.Id}", ct);
    }

    private static Task<Results<Ok<DelegationResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateDelegationCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        SendAndReturn(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteDelegationCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }

    private static async Task<Results<Ok<DelegationResponse>, ProblemHttpResult>> SendAndReturn(
        ISender sender, ICommand<Result<DelegationResponse>> command, HttpContext http, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command, http, ct);
    }
}
