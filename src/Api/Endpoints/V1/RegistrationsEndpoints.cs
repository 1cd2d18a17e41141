using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Http;
using Scc.Application.Registrations;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Registrations.CancelOwnRegistration;
using Scc.Application.Registrations.CorrectOwnRegistration;
using Scc.Application.Registrations.ChangeRegistrationStatus;
using Scc.Application.Registrations.CheckIn;
using Scc.Application.Registrations.CountRegistrations;
using Scc.Application.Registrations.ListRegistrations;
using Scc.Application.Registrations.GetOwnRegistration;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Application.Registrations.SendManageLinks;
using Scc.Api.Security;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Registrations: anonymous submission for an event, the registrant's own registration through its
/// secret manage token, and the staff's list, decisions and check-in at the door.
/// </summary>
public static class RegistrationsEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi("Registrations").MapGroup("/api/v1").HasApiVersion(1.0).WithTags("Registrations").AnswerHeadLikeGet();

        api.MapPost("/events/{eventId:guid}/registrations", Submit).AllowAnonymous().WithBodyLimit(RequestBodyLimits.Public).WithName("RegisterForEvent")
            .WithSummary("Register for an event, or apply as an exhibitor")
            .WithDescription("Consent to the event's privacy statement is required. The answer is `confirmed`, `waitlisted` (with its position) " +
                             "or, for exhibitor applications, `pending`; it carries the manage token, given this once. " +
                             "409 problems: `registration_closed`, `event_full`, `already_registered`. " +
                             "Names may not hold markup (`<`, `>`) or a web address (a person's name no domain name either): 400 `validation_failed`. " +
                             "An address is sent at most a configured number of confirmations an hour (5 by default); past it the registration is taken " +
                             "and answered as any other, without the e-mail. " +
                             "With an `Idempotency-Key` (a UUID, say), a retry with the same key and body within 24 hours gets the first answer again; " +
                             "the same key with another body is a 422 `idempotency_key_reused`. A key is its caller's own: a staff user's, an API key's, " +
                             "or for anonymous callers their network's (IPv4 address, IPv6 /64); sent by anyone else it is a new request.")
            .WithProblems(StatusCodes.Status409Conflict, "registration_closed", "event_full", "already_registered");
        api.MapGet("/registrations/manage/{token}", GetOwn).AllowAnonymous().WithName("GetOwnRegistration")
            .WithSummary("See your own registration")
            .WithDescription("The token is the one given when registering. While the registration is confirmed, `checkIn` holds the check-in code " +
                             "and its QR code (a PNG as a `data:` URI) to show at the door; otherwise it is null.")
            .WithConditionalGet();
        api.MapDelete("/registrations/manage/{token}", CancelOwn).AllowAnonymous().WithName("CancelOwnRegistration")
            .WithSummary("Cancel your own registration")
            .WithDescription("Frees the seat for the first person on the waiting list. Cancelling again changes nothing.")
            .WithProblems(StatusCodes.Status409Conflict, "invalid_transition").WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        // The same two for API clients, with the token in a header: an address holding it is kept by proxies, browser
        // history and access logs. The e-mailed links keep the token in the path, since a link cannot send a header.
        api.MapGet("/registrations/manage", GetOwnByHeader).AllowAnonymous().WithName("GetOwnRegistrationByHeader")
            .WithSummary("See your own registration, the token in a header")
            .WithDescription($"As `GET /api/v1/registrations/manage/{{token}}`, with the token in the `{ManageTokenHeader}` header instead of the address. " +
                             "Without the header the answer is 400 `validation_failed`.")
            .WithConditionalGet().WithProblems(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed).WithProblems(StatusCodes.Status404NotFound, ProblemCodes.NotFound);
        api.MapDelete("/registrations/manage", CancelOwnByHeader).AllowAnonymous().WithName("CancelOwnRegistrationByHeader")
            .WithSummary("Cancel your own registration, the token in a header")
            .WithDescription($"As `DELETE /api/v1/registrations/manage/{{token}}`, with the token in the `{ManageTokenHeader}` header instead of the address. " +
                             "Without the header the answer is 400 `validation_failed`.")
            .WithProblems(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed).WithProblems(StatusCodes.Status404NotFound, ProblemCodes.NotFound)
            .WithProblems(StatusCodes.Status409Conflict, "invalid_transition").WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        api.MapPut("/registrations/manage/{token}/details", CorrectOwn).AllowAnonymous().WithBodyLimit(RequestBodyLimits.Public).WithName("CorrectOwnRegistration")
            .WithSummary("Correct your own registration")
            .WithDescription("Replaces the name, phone, company and answers (the e-mail address stays: it is who registered) while the event " +
                             "still takes registrations; otherwise 409 `registration_closed`. Answers are checked as at submission. " +
                             "The change reaches integrations through the changes feed and the `registration.updated` webhook.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "registration_closed");
        api.MapPut("/registrations/manage/details", CorrectOwnByHeader).AllowAnonymous().WithBodyLimit(RequestBodyLimits.Public).WithName("CorrectOwnRegistrationByHeader")
            .WithSummary("Correct your own registration, the token in a header")
            .WithDescription($"As `PUT /api/v1/registrations/manage/{{token}}/details`, with the token in the `{ManageTokenHeader}` header instead of the address. " +
                             "Without the header the answer is 400 `validation_failed`.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "registration_closed");
        api.MapPost("/registrations/manage-links", SendManageLinks).AllowAnonymous().WithBodyLimit(RequestBodyLimits.Public).WithName("SendManageLinks")
            .WithSummary("E-mail an address its manage links again")
            .WithDescription("For someone who lost the e-mail with their link: the links of the address's live registrations (of `eventId` " +
                             "only, when given) are e-mailed to it. The answer is 202 whatever the address, registered or not, and whatever " +
                             "was sent; an address is sent its links a few times an hour at most, and each client may ask a few times an hour (429).");
        api.MapGet("/events/{eventId:guid}/registrations", List).RequireAuthorization(Policies.Staff).WithName("ListRegistrations")
            .WithSummary("List an event's registrations").WithDescription("Oldest first; cursor-paged.");
        api.MapGet("/events/{eventId:guid}/registrations/counts", Counts).RequireAuthorization(Policies.Staff).WithName("CountRegistrations")
            .WithSummary("Count an event's registrations by status");
        api.MapPost("/events/{eventId:guid}/check-ins", CheckIn).RequireAuthorization(Policies.Staff).WithName("CheckInByCode")
            .WithSummary("Check in whoever shows this code at the event's door")
            .WithDescription("For the staff's scanner: the body carries the code read from the registrant's QR code. A confirmed registration " +
                             "(an approved exhibitor included) becomes `attended`, with `checkedInAt`; the answer is 200 with `alreadyCheckedIn: false`. " +
                             "Scanning the same code again changes nothing and answers 200 with `alreadyCheckedIn: true` and the first `checkedInAt`. " +
                             "The answer names the registrant and nothing more of their data. An unknown (or erased) code is a 404; a code of another " +
                             "event is a 422 `check_in_wrong_event`, which does not say which; a pending, waitlisted, cancelled or rejected registration " +
                             "is a 409 `invalid_transition` naming its status.")
            .WithProblems(StatusCodes.Status404NotFound, ProblemCodes.NotFound)
            .WithProblems(StatusCodes.Status409Conflict, "invalid_transition")
            .WithProblems(StatusCodes.Status422UnprocessableEntity, "check_in_wrong_event");
        MapTransition(api, "approve", RegistrationTransition.Approve, "Approve an exhibitor application",
            "While the event's `registration.exhibitorBooths` are all held (by approved or attended exhibitors), approving another is a 409 `booths_full`: " +
            "raise the number through the event's update first.", "booths_full");
        MapTransition(api, "reject", RegistrationTransition.Reject, "Reject an exhibitor application");
        MapTransition(api, "promote", RegistrationTransition.Promote, "Move someone off the waiting list to a seat");
        MapTransition(api, "cancel", RegistrationTransition.Cancel, "Cancel a registration on the registrant's behalf");
        api.MapPost("/events/{eventId:guid}/registrations/{id:guid}/check-in",
                (Guid eventId, Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                    ResourceResults.WriteAsync(sender, new ChangeRegistrationStatusCommand(eventId, id, RegistrationTransition.CheckIn, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.Staff).WithName(RegistrationTransition.CheckIn + "Registration").WithSummary("Mark a confirmed registrant as present")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        return app;
    }

    /// <summary>A decision the registrant is e-mailed, with the staff's optional note.</summary>
    private static void MapTransition(RouteGroupBuilder api, string action, RegistrationTransition transition, string summary,
        string? description = null, params string[] conflicts) =>
        api.MapPost($"/events/{{eventId:guid}}/registrations/{{id:guid}}/{action}",
                (Guid eventId, Guid id, RegistrationDecisionBody? body, HttpContext http, ISender sender, CancellationToken ct) =>
                    ResourceResults.WriteAsync(sender, new ChangeRegistrationStatusCommand(eventId, id, transition, ETags.ExpectedVersion(http.Request), body?.Note), http, ct))
            .RequireAuthorization(Policies.Staff).WithName(transition + "Registration").WithSummary(summary)
            .WithDescription((description is null ? "" : description + " ") +
                             "The registrant is told by e-mail (unless the registration came from an integration); the body may carry a `note` " +
                             "in English and Traditional Chinese that the e-mail gives them (a rejection's reason, say).")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, ["invalid_transition", .. conflicts]);

    private static async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> CheckIn(
        Guid eventId, CheckInByCodeCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(command with { EventId = eventId }, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<Page<RegistrationResponse>>, ProblemHttpResult>> List(
        Guid eventId, [AsParameters] RegistrationListParameters p, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(new ListRegistrationsQuery(eventId, p.Status, p.Kind, p.Q, p.Cursor, p.Limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<RegistrationCounts>, ProblemHttpResult>> Counts(Guid eventId, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new CountRegistrationsQuery(eventId), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<RegistrationReceipt>, ProblemHttpResult>> Submit(
        Guid eventId, RegisterForEventCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command with { EventId = eventId, IdempotencyKey = idempotencyKey, IdempotencyOwner = IdempotencyOwner.Of(http) }, http,
            r => $"/api/v1/registrations/manage/{r.ManageToken}", ct);
    }

    private static async Task<Results<Ok<OwnRegistrationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetOwn(
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

    private static async Task<Results<Ok<OwnRegistrationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetOwnByHeader(
        [FromHeader(Name = ManageTokenHeader)] string? token, HttpContext http, ISender sender, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token)) return MissingToken.ToProblem();
        return await GetOwn(token, http, sender, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelOwnByHeader(
        [FromHeader(Name = ManageTokenHeader)] string? token, ISender sender, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token)) return MissingToken.ToProblem();
        return await CancelOwn(token, sender, ct);
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> CorrectOwn(
        string token, RegistrationCorrectionBody body, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await ResourceResults.WriteAsync(sender, new CorrectOwnRegistrationCommand(token, body, ETags.ExpectedVersion(http.Request)), http, ct);
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> CorrectOwnByHeader(
        [FromHeader(Name = ManageTokenHeader)] string? token, RegistrationCorrectionBody body, HttpContext http, ISender sender, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token)) return MissingToken.ToProblem();
        return await CorrectOwn(token, body, http, sender, ct);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> SendManageLinks(
        SendManageLinksCommand command, ManageLinkRecipientLimit recipients, ISender sender, CancellationToken ct)
    {
        // Past the address's limit the request is answered as any other, and nothing is queued.
        if (!string.IsNullOrWhiteSpace(command.Email) && !await recipients.TryTakeAsync(command.Email, ct)) return TypedResults.Accepted((string?)null);
        var result = await sender.Send(command, ct);
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error!.ToProblem();
    }

    /// <summary>The header API clients send the manage token in.</summary>
    public const string ManageTokenHeader = "X-Manage-Token";

    private static readonly Domain.Common.Error MissingToken =
        Domain.Common.Error.Invalid(ManageTokenHeader, "Required: the manage token given when registering.");
}
