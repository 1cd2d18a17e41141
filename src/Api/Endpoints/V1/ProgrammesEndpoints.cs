using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
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
        var programmes = app.NewVersionedApi("Programmes").MapGroup("/api/v{version:apiVersion}/programmes")
            .HasApiVersion(1.0).WithTags("Programmes");

        programmes.MapGet("/", List).AllowAnonymous().WithName("ListProgrammes")
            .WithSummary("List programmes").WithDescription("Ordered by slug; cursor-paged.");
        programmes.MapGet("/{id:guid}", Get).AllowAnonymous().WithName("GetProgramme")
            .WithSummary("Get a programme").ProducesProblem(StatusCodes.Status404NotFound);
        programmes.MapPost("/", Create).RequireAuthorization(Policies.Staff).WithName("CreateProgramme")
            .WithSummary("Create a programme").ProducesProblem(StatusCodes.Status409Conflict);
        programmes.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Staff).WithName("UpdateProgramme")
            .WithSummary("Replace a programme").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        programmes.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.Admin).WithName("DeleteProgramme")
            .WithSummary("Delete a programme")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    private static async Task<Ok<Page<ProgrammeResponse>>> List([AsParameters] ProgrammeListParameters p, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListProgrammesQuery(p.OrganisationId, p.Cursor, p.Limit), ct));

    private static async Task<Results<Ok<ProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new GetProgrammeQuery(id), ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        ETags.Set(http.Response, result.Value.Version);
        if (ETags.IsNotModified(http.Request, result.Value.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Results<Created<ProgrammeResponse>, ProblemHttpResult>> Create(
        CreateProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Created($"/api/v1/programmes/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<ProgrammeResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateProgrammeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new DeleteProgrammeCommand(id, ETags.ExpectedVersion(http.Request)), ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
