using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.FundingProgrammes;
using Scc.Application.FundingProgrammes.CreateFundingProgramme;
using Scc.Application.FundingProgrammes.DeleteFundingProgramme;
using Scc.Application.FundingProgrammes.GetFundingProgramme;
using Scc.Application.FundingProgrammes.ListFundingProgrammes;
using Scc.Application.FundingProgrammes.UpdateFundingProgramme;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/funding-programmes</c>: public funding schemes and the disclaimers funded events carry.</summary>
public static class FundingProgrammesEndpoints
{
    public static IEndpointRouteBuilder MapFundingProgrammesEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.NewVersionedApi("FundingProgrammes").MapGroup("/api/v1/funding-programmes")
            .HasApiVersion(1.0).WithTags("Funding programmes").AnswerHeadLikeGet();

        programmes.MapGet("/", List).AllowAnonymous().WithName("ListFundingProgrammes").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List funding programmes").WithDescription("Ordered by slug; cursor-paged.");
        programmes.MapGet("/{id:guid}", Get).AllowAnonymous().WithName("GetFundingProgramme")
            .WithSummary("Get a funding programme")
            .WithConditionalGet();
        programmes.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateFundingProgramme")
            .WithSummary("Create a funding programme")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        programmes.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateFundingProgramme")
            .WithSummary("Replace a funding programme").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        programmes.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteFundingProgramme")
            .WithSummary("Delete a funding programme")
            .WithDescription("Refused with 409 funding_programme_in_use while anything (an event) still refers to it.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "funding_programme_in_use");
        return app;
    }

    private static async Task<Ok<Page<FundingProgrammeResponse>>> List(
        [AsParameters] FundingProgrammeListParameters p, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListFundingProgrammesQuery(p.Q, p.Cursor, p.Limit), ct));

    private static async Task<Results<Ok<FundingProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, new GetFundingProgrammeQuery(id), http, ct);
    }

    private static async Task<Results<Created<FundingProgrammeResponse>, ProblemHttpResult>> Create(
        CreateFundingProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/funding-programmes/{r.Id}", ct);
    }

    private static async Task<Results<Ok<FundingProgrammeResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateFundingProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteFundingProgrammeCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
