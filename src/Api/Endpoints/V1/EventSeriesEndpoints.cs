using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Series;
using Scc.Application.Series.CreateEventSeries;
using Scc.Application.Series.DeleteEventSeries;
using Scc.Application.Series.GetEventSeries;
using Scc.Application.Series.ListEventSeries;
using Scc.Application.Series.UpdateEventSeries;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/event-series</c>: series that events join as numbered sessions.</summary>
public static class EventSeriesEndpoints
{
    public static IEndpointRouteBuilder MapEventSeriesEndpoints(this IEndpointRouteBuilder app)
    {
        var series = app.NewVersionedApi("EventSeries").MapGroup("/api/v1/event-series").HasApiVersion(1.0).WithTags("Event series").AnswerHeadLikeGet();

        series.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListEventSeriesQuery(), ct)))
            .AllowAnonymous().WithName("ListEventSeries").WithSummary("List event series");
        series.MapGet("/{id:guid}", Get).AllowAnonymous().WithName("GetEventSeries").WithSummary("Get an event series")
            .WithConditionalGet();
        series.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateEventSeries").WithSummary("Create an event series")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        series.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateEventSeries")
            .WithSummary("Replace an event series").WithDescription("Its events stay in it. Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        series.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteEventSeries")
            .WithSummary("Delete an event series").WithDescription("Only a series no event or partnership belongs to (409 `event_series_in_use` otherwise).")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "event_series_in_use");
        return app;
    }

    private static async Task<Results<Ok<EventSeriesResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, new GetEventSeriesQuery(id), http, ct);
    }

    private static async Task<Results<Created<EventSeriesResponse>, ProblemHttpResult>> Create(
        CreateEventSeriesCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/event-series/{r.Id}", ct);
    }

    private static async Task<Results<Ok<EventSeriesResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateEventSeriesCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteEventSeriesCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
