using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.People.CreatePerson;
using Scc.Application.People.DeletePerson;
using Scc.Application.People.GetPerson;
using Scc.Application.People.GetPersonTimeline;
using Scc.Application.People.ListPeople;
using Scc.Application.People.UpdatePerson;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/people</c>: speakers, leaders, signatories and judges with their dated titles.</summary>
public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var people = app.NewVersionedApi("People").MapGroup("/api/v1/people").HasApiVersion(1.0).WithTags("People").AnswerHeadLikeGet();

        people.MapGet("/", List).AllowAnonymous().WithName("ListPeople").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List people").WithDescription("Ordered by slug; cursor-paged.");
        people.MapGet("/{id:guid}", Get).AllowAnonymous().WithName("GetPerson")
            .WithSummary("Get a person")
            .WithDescription("With ?on=yyyy-MM-dd the answer adds titlesOn: the titles the person held that day, as printed beside the name for an activity on that day.")
            .WithConditionalGet();
        people.MapGet("/{id:guid}/timeline", Timeline).AllowAnonymousShowingDrafts().WithName("GetPersonTimeline")
            .WithSummary("What a person did, newest first")
            .WithDescription("The events they spoke at, judged, hosted or were a guest at, the delegations they led or joined and the MoUs they signed, " +
                             "each with the person's roles in it; published items only, unless staff or a `content:read` key ask. One page holds all.");
        people.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreatePerson")
            .WithSummary("Create a person")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        people.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdatePerson")
            .WithSummary("Replace a person").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        people.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeletePerson")
            .WithSummary("Delete a person")
            .WithDescription(TrashEndpoints.Deletion("person"))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "person_in_use");
        people.MapImageSlot("portrait", Scc.Application.Images.ImageSlot.PersonPortrait, "person", "PersonPortrait");
        return app;
    }

    private static async Task<Ok<Page<PersonResponse>>> List([AsParameters] PersonListParameters p, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPeopleQuery(p.Q, p.OrganisationId, p.Cursor, p.Limit), ct));

    /// <param name="id">The person's id.</param>
    /// <param name="on">A day (yyyy-MM-dd): also return the titles held on that day, as titlesOn.</param>
    private static async Task<Results<Ok<PersonResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, [QueryParameter(Format = "date", Description = "A day (yyyy-MM-dd): also return the titles held on that day, as titlesOn.")] [FromQuery(Name = "on")] string? on, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, new GetPersonQuery(id, on), http, ct);
    }

    private static async Task<Results<Ok<Page<TimelineEntry>>, ProblemHttpResult>> Timeline(
        Guid id, System.Security.Claims.ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new GetPersonTimelineQuery(id, user.SeesDrafts()), ct);
        return result.IsSuccess ? TypedResults.Ok(new Page<TimelineEntry>(result.Value, null)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<PersonResponse>, ProblemHttpResult>> Create(
        CreatePersonCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/people/{r.Id}", ct);
    }

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> Update(
        Guid id, UpdatePersonCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeletePersonCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
