using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.DeleteEvent;
using Scc.Application.Events.GetEvent;
using Scc.Application.Events.ListEvents;
using Scc.Application.Events.ScheduleEventPublication;
using Scc.Application.Events.UpdateEvent;
using Scc.Domain.Common;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/events</c>: anonymous reads of published events; staff write and see drafts.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.NewVersionedApi("Events").MapGroup("/api/v1/events").HasApiVersion(1.0).WithTags("Events").AnswerHeadLikeGet();

        events.MapGet("/", List).AllowAnonymousShowingDrafts().WithName("ListEvents").ReadsFromReplicaWhenAnonymous().CacheOutput(FeedCaching.EventListPolicy)
            .WithSummary("List events").WithDescription("Published events for everyone; staff and `content:read` keys also see drafts. Cursor-paged.");
        events.MapGet("/{id:guid}", GetById).AllowAnonymousShowingDrafts().WithName("GetEvent")
            .WithSummary("Get an event")
            .WithConditionalGet();
        events.MapGet("/by-slug/{slug}", GetBySlug).AllowAnonymousShowingDrafts().WithName("GetEventBySlug")
            .WithSummary("Get an event by its slug")
            .WithConditionalGet();
        events.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateEvent")
            .WithSummary("Create a draft event")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        events.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateEvent")
            .WithSummary("Replace an event's content").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        events.MapPut("/{id:guid}/publication-schedule",
                (Guid id, EventPublicationScheduleBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new ScheduleEventPublicationCommand(id, body.PublishAt, body.UnpublishAt, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("ScheduleEventPublication")
            .WithSummary("Plan when an event is published and taken back to draft")
            .WithDescription("Staff plan when the draft goes public on its own: the publication schedule publishes it within half a minute of `publishAt`, exactly as the publish action would (audited as the system). `publishAt` must be in the future (a past time is a 400, not an immediate publication; publish now with the publish action); null drops the plan. Publishing by hand drops it too. Only a draft may be given a `publishAt` (409 `invalid_transition`). `unpublishAt` (optional, after `publishAt`, in the future) takes the event back to draft as the unpublish action would; " +
                             "refused then if it has live registrations, and the plan dropped.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        MapTransition(events, "publish", EventTransition.Publish, "Publish an event", "A draft or postponed event becomes published.");
        MapTransition(events, "postpone", EventTransition.Postpone, "Postpone an event", "A published event becomes postponed until it is published again with new dates.");
        MapTransition(events, "cancel", EventTransition.Cancel, "Cancel an event", "Any event not already cancelled becomes cancelled.");
        MapTransition(events, "unpublish", EventTransition.Unpublish, "Take an event back to draft",
            "A published, postponed or cancelled event without live registrations becomes a draft again, out of every list, feed and search " +
            "(the changes feed tells the public it is gone). With live registrations: 409 `invalid_transition`; cancel it instead.");
        events.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteEvent")
            .WithSummary("Delete a draft or cancelled event")
            .WithDescription(TrashEndpoints.Deletion("event", "An event with live registrations cannot be deleted (409 `event_has_live_registrations`): keep it cancelled, " +
                                                     "so that its registrants are told, or cancel the registrations first."))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "event_not_deletable", "event_has_live_registrations", "event_has_parts", "event_in_use");
        events.MapImageSlot("poster", Scc.Application.Images.ImageSlot.EventPoster, "event", "EventPoster");
        return app;
    }

    private static void MapTransition(RouteGroupBuilder events, string action, EventTransition transition, string summary, string description) =>
        events.MapPost($"/{{id:guid}}/{action}",
                (Guid id, StatusChangeBody? body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new ChangeEventStatusCommand(id, transition, body?.Note, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName(char.ToUpperInvariant(action[0]) + action[1..] + "Event")
            .WithSummary(summary).WithDescription(description)
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");

    private static async Task<Ok<Page<EventSummary>>> List(
        [AsParameters] EventListParameters p, ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var query = new ListEventsQuery(p.Type, p.Status, p.When, p.From, p.To, p.Tag, p.Q, p.SeriesId, p.ParentEventId,
            p.OrganisationId, p.Role, p.ProgrammeId, p.FundingProgrammeId, p.Sort, p.Cursor, p.Limit, IncludeDrafts: user.SeesDrafts());
        return TypedResults.Ok(await sender.Send(query, ct));
    }

    private static Task<Results<Ok<EventResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetById(
        Guid id, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetEventQuery(id, null, user.SeesDrafts()), http, sender, ct);

    private static Task<Results<Ok<EventResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetBySlug(
        string slug, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetEventQuery(null, slug, user.SeesDrafts()), http, sender, ct);

    private static async Task<Results<Ok<EventResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        GetEventQuery query, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, query, http, ct);
    }

    private static async Task<Results<Created<EventResponse>, ProblemHttpResult>> Create(
        CreateEventCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/events/{r.Id}", ct);
    }

    private static Task<Results<Ok<EventResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateEventCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        SendAndReturn(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteEventCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> SendAndReturn(
        ISender sender, ICommand<Result<EventResponse>> command, HttpContext http, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command, http, ct);
    }
}
