using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Http;
using Scc.Application.Registrations;
using Scc.Application.Registrations.CancelOwnRegistration;
using Scc.Application.Registrations.GetOwnRegistration;
using Scc.Application.Registrations.RegisterForEvent;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Registrations: anonymous submission for an event, and the registrant's own registration through its
/// secret manage token.
/// </summary>
public static class RegistrationsEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi("Registrations").MapGroup("/api/v{version:apiVersion}").HasApiVersion(1.0).WithTags("Registrations");

        api.MapPost("/events/{eventId:guid}/registrations", Submit).AllowAnonymous().WithName("RegisterForEvent")
            .WithSummary("Register for an event, or apply as an exhibitor")
            .WithDescription("Consent to the event's privacy statement is required. The answer is `confirmed`, `waitlisted` (with its position) " +
                             "or, for exhibitor applications, `pending`; it carries the manage token, given this once. " +
                             "409 problems: `registration_closed`, `event_full`, `already_registered`. " +
                             "With an `Idempotency-Key` (a UUID, say), a retry with the same key and body within 24 hours gets the first answer again; " +
                             "the same key with another body is a 422 `idempotency_key_reused`.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/registrations/manage/{token}", GetOwn).AllowAnonymous().WithName("GetOwnRegistration")
            .WithSummary("See your own registration").WithDescription("The token is the one given when registering.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/registrations/manage/{token}", CancelOwn).AllowAnonymous().WithName("CancelOwnRegistration")
            .WithSummary("Cancel your own registration")
            .WithDescription("Frees the seat for the first person on the waiting list. Cancelling again changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<RegistrationReceipt>, ProblemHttpResult>> Submit(
        Guid eventId, RegisterForEventCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command with { EventId = eventId, IdempotencyKey = idempotencyKey }, http,
            r => $"/api/v1/registrations/manage/{r.ManageToken}", ct);
    }

    private static async Task<Results<Ok<RegistrationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetOwn(
        string token, HttpContext http, ISender sender, CancellationToken ct)
    {
        // Personal data behind a secret URL: no shared cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return await ResourceResults.ReadAsync(sender, new GetOwnRegistrationQuery(token), http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelOwn(string token, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new CancelOwnRegistrationCommand(token), ct);
    }
}
