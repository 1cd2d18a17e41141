using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Programmes;
using Scc.Application.Programmes.CreateProgramme;
using Scc.Application.Programmes.DeleteProgramme;
using Scc.Application.Programmes.GetProgramme;
using Scc.Application.Programmes.ListProgrammes;
using Scc.Application.Programmes.UpdateProgramme;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/programmes</c>: standing initiatives that host events, and the organisations behind them.</summary>
public static class ProgrammesEndpoints
{
    public static IEndpointRouteBuilder MapProgrammesEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.NewVersionedApi("Programmes").MapGroup("/api/v1/programmes")
            .HasApiVersion(1.0).WithTags("Programmes").AnswerHeadLikeGet();

        programmes.MapGet("/", List).AllowAnonymous().WithName("ListProgrammes").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List programmes").WithDescription("Ordered by slug; cursor-paged.");
        programmes.MapGet("/{id:guid}", Get).AllowAnonymous().WithName("GetProgramme")
            .WithSummary("Get a programme")
            .WithConditionalGet();
        programmes.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateProgramme")
            .WithSummary("Create a programme")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        programmes.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateProgramme")
            .WithSummary("Replace a programme").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        programmes.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteProgramme")
            .WithSummary("Delete a programme")
            .WithDescription(TrashEndpoints.Deletion("programme", "Refused with 409 programme_in_use while an event or a partnership refers to it."))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "programme_in_use");
        return app;
    }

    private static async Task<Ok<Page<ProgrammeResponse>>> List([AsParameters] ProgrammeListParameters p, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListProgrammesQuery(p.OrganisationId, p.Cursor, p.Limit), ct));

    private static async Task<Results<Ok<ProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, new GetProgrammeQuery(id), http, ct);
    }

    private static async Task<Results<Created<ProgrammeResponse>, ProblemHttpResult>> Create(
        CreateProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/programmes/{r.Id}", ct);
    }

    private static async Task<Results<Ok<ProgrammeResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteProgrammeCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
