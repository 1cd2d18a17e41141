using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.OpenApi;
using Scc.Api.Http;
using Scc.Application.Series;
using Scc.Application.Series.CreateEventSeries;
using Scc.Application.Series.GetEventSeries;
using Scc.Application.Series.ListEventSeries;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/event-series</c>: series that events join as numbered sessions.</summary>
public static class EventSeriesEndpoints
{
    public static IEndpointRouteBuilder MapEventSeriesEndpoints(this IEndpointRouteBuilder app)
    {
        var series = app.NewVersionedApi("EventSeries").MapGroup("/api/v1/event-series").HasApiVersion(1.0).WithTags("Event series").AnswerHeadLikeGet();

        series.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListEventSeriesQuery(), ct)))
            .AllowAnonymous().WithName("ListEventSeries").WithSummary("List event series");
        series.MapGet("/{id:guid}", async Task<Results<Ok<EventSeriesResponse>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                var found = await sender.Send(new GetEventSeriesQuery(id), ct);
                return found.IsSuccess ? TypedResults.Ok(found.Value) : found.Error!.ToProblem();
            })
            .AllowAnonymous().WithName("GetEventSeries").WithSummary("Get an event series");
        series.MapPost("/", async Task<Results<Created<EventSeriesResponse>, ProblemHttpResult>> (CreateEventSeriesCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return created.IsSuccess
                    ? TypedResults.Created($"/api/v1/event-series/{created.Value.Id}", created.Value)
                    : created.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.ContentWrite).WithName("CreateEventSeries").WithSummary("Create an event series")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        return app;
    }
}
