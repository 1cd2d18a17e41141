using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Organisations;
using Scc.Application.Organisations.CreateOrganisation;
using Scc.Application.Organisations.DeleteOrganisation;
using Scc.Application.Organisations.GetOrganisation;
using Scc.Application.Organisations.GetOrganisationTimeline;
using Scc.Application.Organisations.ListOrganisations;
using Scc.Application.Organisations.UpdateOrganisation;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/organisations</c>: the bodies that organise, support, fund or host the consortium's activities.</summary>
public static class OrganisationsEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder app)
    {
        var organisations = app.NewVersionedApi("Organisations").MapGroup("/api/v1/organisations")
            .HasApiVersion(1.0).WithTags("Organisations").AnswerHeadLikeGet();

        organisations.MapGet("/", List).AllowAnonymous().WithName("ListOrganisations").ReadsFromReplicaWhenAnonymous().WithSummary("List or search organisations");
        organisations.MapGet("/{id:guid}", GetById).AllowAnonymous().WithName("GetOrganisation")
            .WithSummary("Get an organisation")
            .WithConditionalGet();
        organisations.MapGet("/{id:guid}/timeline", Timeline).AllowAnonymousShowingDrafts().WithName("GetOrganisationTimeline")
            .WithSummary("Everything done with an organisation")
            .WithDescription("Its events, delegations, MoUs, partnerships and programmes in one list, newest first, each with the organisation's part in it.");
        organisations.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateOrganisation")
            .WithSummary("Create an organisation")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        organisations.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateOrganisation")
            .WithSummary("Replace an organisation")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        organisations.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteOrganisation")
            .WithSummary("Delete an organisation nothing refers to")
            .WithDescription(TrashEndpoints.Deletion("organisation", "Refused with 409 organisation_in_use, naming what still refers to it."))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "organisation_in_use");
        organisations.MapImageSlot("logo", Scc.Application.Images.ImageSlot.OrganisationLogo, "organisation", "OrganisationLogo");
        return app;
    }

    private static async Task<Ok<Page<OrganisationResponse>>> List([AsParameters] OrganisationListParameters p, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListOrganisationsQuery(p.Q, p.Kind, p.CountryCode, p.Cursor, p.Limit), ct));

    private static async Task<Results<Ok<OrganisationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetById(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, new GetOrganisationQuery(id, null), http, ct);
    }

    private static async Task<Results<Ok<Page<TimelineEntry>>, ProblemHttpResult>> Timeline(
        Guid id, System.Security.Claims.ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new GetOrganisationTimelineQuery(id, user.SeesDrafts()), ct);
        return result.IsSuccess ? TypedResults.Ok(new Page<TimelineEntry>(result.Value, null)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<OrganisationResponse>, ProblemHttpResult>> Create(
        CreateOrganisationCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/organisations/{r.Id}", ct);
    }

    private static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateOrganisationCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteOrganisationCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
