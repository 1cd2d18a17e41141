using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Webhooks;
using Scc.Application.Webhooks.CreateWebhook;
using Scc.Application.Webhooks.DeleteWebhook;
using Scc.Application.Webhooks.GetWebhook;
using Scc.Application.Webhooks.ListDeliveries;
using Scc.Application.Webhooks.ListWebhookEvents;
using Scc.Application.Webhooks.ListWebhooks;
using Scc.Application.Webhooks.PingWebhook;
using Scc.Application.Webhooks.RedeliverDelivery;
using Scc.Application.Webhooks.RedeliverEvent;
using Scc.Application.Webhooks.RotateWebhookSecret;
using Scc.Application.Webhooks.UpdateWebhook;
using Scc.Domain.Webhooks;

namespace Scc.Api.Endpoints.V1;

/// <summary>Webhook subscriptions, their deliveries and attempts, and redelivery: admins only.</summary>
public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi("Webhooks").MapGroup("/api/v1/webhooks").HasApiVersion(1.0).WithTags("Webhooks")
            .RequireAuthorization(Policies.Admin).AnswerHeadLikeGet();

        api.MapGet("", List).WithName("ListWebhooks").WithSummary("List webhook subscriptions").WithDescription("Oldest first; cursor-paged. Secrets are never shown.");
        api.MapPost("", Create).WithName("CreateWebhook").WithSummary("Subscribe a receiver to events")
            .WithDescription("The URL must be https on a public address: loopback, private, link-local, unspecified, multicast and other special-use " +
                             "addresses (benchmarking, documentation, reserved...), and IPv6 forms that carry an IPv4 address (NAT64, 6to4, Teredo, " +
                             "IPv4-compatible or -translated), are refused with 422 `webhook_url_forbidden`, here and again before every delivery. " +
                             "The signing secret is generated unless supplied, shown in this answer only, and stored encrypted.")
            .WithProblems(StatusCodes.Status422UnprocessableEntity, "webhook_url_forbidden");
        api.MapGet("/events", ListEvents).WithName("ListWebhookEvents").WithSummary("List past webhook events")
            .WithDescription("Newest first, optionally `type=` (comma-separated); any of them can be sent again to a subscription.");
        api.MapGet("/{id:guid}", Get).WithName("GetWebhook").WithSummary("Read a webhook subscription")
            .WithConditionalGet();
        api.MapPut("/{id:guid}", Update).WithName("UpdateWebhook").WithSummary("Change a webhook subscription")
            .WithDescription("URL, event types, description and the active flag; the secret stays. Setting `active` again clears a 410 Gone.")
            .WithIfMatch().WithProblems(StatusCodes.Status422UnprocessableEntity, "webhook_url_forbidden");
        api.MapDelete("/{id:guid}", Delete).WithName("DeleteWebhook").WithSummary("Remove a webhook subscription with its deliveries")
            .WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        api.MapPost("/{id:guid}/secret-rotations", RotateSecret).WithName("RotateWebhookSecret").WithSummary("Give a subscription a new signing secret")
            .WithDescription("A new secret is generated and shown in this answer only. Until `previousSecretExpiresAt` (now plus " +
                             "`Webhooks:SecretRotationOverlap`, 24 hours by default), every delivery carries a signature with each secret in " +
                             "`webhook-signature`, so a receiver keeps verifying with the old secret while it switches; after that, only the new " +
                             "one signs. A rotation during an overlap ends the older secret's at once. Audited.");
        api.MapPost("/{id:guid}/pings", Ping).WithName("PingWebhook").WithSummary("Send a test event to a subscription")
            .WithDescription("Queues a `webhook.ping` event (its data names the subscription) to this subscription only, whatever event types it " +
                             "asks for, through the same signing, retries and delivery log as real events; 202 with the delivery, whose status " +
                             "the delivery log shows. An inactive subscription's ping waits until it is active again.");
        api.MapGet("/{id:guid}/deliveries", Deliveries).WithName("ListWebhookDeliveries").WithSummary("List a subscription's deliveries with their attempts")
            .WithDescription("Newest first, optionally `status=pending,delivered,deadLettered`; cursor-paged.");
        api.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverDelivery).WithName("RedeliverWebhookDelivery")
            .WithSummary("Send a dead-lettered delivery again").WithDescription("Same delivery id, a new series of attempts. Other statuses: 409 `delivery_not_dead_lettered`.")
            .WithProblems(StatusCodes.Status409Conflict, "delivery_not_dead_lettered").WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        api.MapPost("/{id:guid}/events/{eventId:guid}/redeliver", RedeliverEvent).WithName("RedeliverWebhookEvent")
            .WithSummary("Send any past event to this subscription")
            .WithDescription("A new delivery with a new delivery id; the body (and its event `id`) is the event's, as first sent.");
        return app;
    }

    private static async Task<Results<Ok<Page<WebhookResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListWebhooksQuery(cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static Task<Results<Created<WebhookSecretReceipt>, ProblemHttpResult>> Create(
        CreateWebhookCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        // The secret is in this answer: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/webhooks/{r.Webhook.Id}", ct);
    }

    private static async Task<Results<Ok<Page<WebhookEventResponse>>, ProblemHttpResult>> ListEvents(
        [QueryParameter(ValuesFrom = typeof(WebhookEventTypes), List = true, Description = "Only events of these types.")] [FromQuery(Name = "type")] string? type, [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit,
        ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListWebhookEventsQuery(type, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static Task<Results<Ok<WebhookResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
        ResourceResults.ReadAsync(sender, new GetWebhookQuery(id), http, ct);

    private static Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> Update(Guid id, UpdateWebhookCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, ISender sender, CancellationToken ct) =>
        ResourceResults.DeleteAsync(sender, new DeleteWebhookCommand(id), ct);

    private static Task<Results<Ok<WebhookSecretRotation>, ProblemHttpResult>> RotateSecret(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        // The secret is in this answer: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return ResourceResults.WriteAsync(sender, new RotateWebhookSecretCommand(id), http, ct);
    }

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> Ping(Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new PingWebhookCommand(id), ct);
        return result.IsSuccess
            ? TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries?status=pending", result.Value)
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<Page<WebhookDeliveryResponse>>, ProblemHttpResult>> Deliveries(
        Guid id, [QueryParameter(ValuesOf = typeof(WebhookDeliveryStatus), List = true, Description = "Only deliveries in these states.")] [FromQuery(Name = "status")] string? status, [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit,
        ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListDeliveriesQuery(id, status, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static Task<Results<Ok<WebhookDeliveryResponse>, ProblemHttpResult>> RedeliverDelivery(
        Guid id, Guid deliveryId, HttpContext http, ISender sender, CancellationToken ct) =>
        ResourceResults.WriteAsync(sender, new RedeliverDeliveryCommand(id, deliveryId), http, ct);

    private static Task<Results<Created<WebhookDeliveryResponse>, ProblemHttpResult>> RedeliverEvent(
        Guid id, Guid eventId, HttpContext http, ISender sender, CancellationToken ct) =>
        ResourceResults.CreateAsync(sender, new RedeliverEventCommand(id, eventId), http, d => $"/api/v1/webhooks/{id}/deliveries?status=pending", ct);
}
