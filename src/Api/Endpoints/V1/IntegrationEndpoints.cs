using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Exports;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Registrations;
using Scc.Application.Registrations.BulkUpsertRegistrations;
using Scc.Application.Registrations.Changes;
using Scc.Application.Registrations.EraseRegistration;
using Scc.Application.Registrations.ExportRegistrations;
using Scc.Application.Registrations.GetRegistration;
using Scc.Application.Registrations.ListAllRegistrations;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Registrations for integration scripts (API keys with scopes) and the staff: lists and reads across events,
/// the changes feed, bulk upsert by the integration's reference, exports, and erasure of a person's data.
/// </summary>
public static class IntegrationEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi("Integration").MapGroup("/api/v1").HasApiVersion(1.0).WithTags("Registrations: integration").AnswerHeadLikeGet();

        api.MapGet("/registrations", List).RequireAuthorization(Policies.RegistrationsRead).WithName("ListAllRegistrations")
            .WithSummary("List registrations across events")
            .WithDescription("For staff tokens and API keys with `registrations:read`. Oldest first; cursor-paged. A key restricted to one event sees only that event's registrations.");
        api.MapGet("/registrations/{id:guid}", Get).RequireAuthorization(Policies.RegistrationsRead).WithName("GetRegistration")
            .WithSummary("Get a registration").WithDescription("Another event's registration is a 404 for a key restricted to one event.")
            .WithConditionalGet();
        api.MapGet("/registrations/changes", Changes).RequireAuthorization(Policies.RegistrationsRead).WithName("GetRegistrationChanges")
            .WithSummary("Follow every change to registrations")
            .WithDescription("Every creation, update, cancellation and erasure, in order, without personal data. Start without a cursor; " +
                             "store `nextCursor` (always present) with what you applied and send it on the next poll. A poller never misses " +
                             "and never sees twice a change, even while transactions commit out of order. `hasMore` says to ask again at once. " +
                             "`limit` is 1 to 1000 (default 100).");
        api.MapPost("/events/{eventId:guid}/registrations/bulk", Bulk).RequireAuthorization(Policies.RegistrationsWrite).WithBodyLimit(RequestBodyLimits.Bulk)
            .WithName("BulkUpsertRegistrations")
            .WithSummary("Create or update registrations by external reference")
            .WithDescription($"Up to {BulkUpsertRegistrationsCommand.MaxItems} items, matched on `externalReference` within the event. New ones go through " +
                             "the event's rules like submissions (capacity, waiting list, one live registration per email, consent required); existing ones get " +
                             "the contact details sent and optionally `status: cancelled` or `attended`. One result per item: created, updated, unchanged " +
                             "or error with its problem code; an item in error changes nothing, the others apply. The batch is one transaction. " +
                             "Send an `Idempotency-Key`: a retry with the same key and body within 24 hours gets the first answer again; another body is a 422. " +
                             "A key is its caller's own (the API key or staff user that sent it): another caller's same key is a new request.")
            .WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        api.MapGet("/events/{eventId:guid}/registrations/export", Export).RequireAuthorization(Policies.RegistrationsRead).WithName("ExportRegistrations")
            .WithSummary("Export an event's registrations as CSV or JSON")
            .WithDescription("`format=csv` (the default): UTF-8 with a byte order mark, one row per registration; after the fixed columns (consent, " +
                             "`source`, `checkedInAt` among them), one column per custom question, headed by its label in the language asked for (`lang=en|zh-Hant`, " +
                             "else Accept-Language, else en; the answer's Content-Language says which), holding the answer as a person reads it (the chosen " +
                             "options' labels separated by `; `, yes or no). Cells that a spreadsheet would run as a formula (starting with tab or CR, or with =, +, -, @ " +
                             "or their full-width forms ＝ ＋ － ＠, also after leading blanks or control characters), headers included, are prefixed with '. " +
                             "`format=json`: the registrations as the API returns them, with the event's questions that their answers' ids refer to.")
            .Produces<RegistrationExport>(StatusCodes.Status200OK, "text/csv", "application/json");
        api.MapPost("/registrations/{id:guid}/erasure", Erase).RequireAuthorization(Policies.Admin).WithName("EraseRegistration")
            .WithSummary("Erase a registration's personal data")
            .WithDescription("PDPO: name, email, phone, company and exhibitor details are removed; status and kind stay, so the event's counts do not " +
                             "change; the changes feed shows `erased`. Erasing again changes nothing.")
            .WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        api.MapPost("/registrations/erasure", ErasePerson).RequireAuthorization(Policies.Admin).WithName("ErasePerson")
            .WithSummary("Erase a person's data from every registration with their email")
            .WithDescription("For an erasure request: every registration made with the email (any case, any event) is erased as above.")
            .WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        return app;
    }

    private static async Task<Results<Ok<Page<RegistrationResponse>>, ProblemHttpResult>> List(
        [AsParameters] IntegrationRegistrationListParameters p, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(new ListAllRegistrationsQuery(p.EventId, p.Status, p.Kind, p.UpdatedSince, p.Q, p.Cursor, p.Limit,
            http.User.RestrictedEventId()), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<RegistrationResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await ResourceResults.ReadAsync(sender, new GetRegistrationQuery(id, http.User.RestrictedEventId()), http, ct);
    }

    /// <param name="cursor">The nextCursor of the previous answer; none to start from the beginning.</param>
    /// <param name="limit">Changes per answer, 1 to 1000 (default 100).</param>
    private static async Task<Results<Ok<RegistrationChangePage>, ProblemHttpResult>> Changes(
        [QueryParameter(Description = "The nextCursor of the previous answer; leave out to start from the first change.")] [FromQuery(Name = "cursor")] string? cursor,
        [QueryParameter(Maximum = GetRegistrationChangesQuery.MaxLimit, Description = "Changes per answer, 1 to 1000 (default 100).")] [FromQuery(Name = "limit")] int? limit, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(new GetRegistrationChangesQuery(cursor, limit, http.User.RestrictedEventId()), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<BulkUpsertResult>, ProblemHttpResult>> Bulk(
        Guid eventId, BulkUpsertRegistrationsCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(command with
        {
            EventId = eventId, IdempotencyKey = idempotencyKey, IdempotencyOwner = IdempotencyOwner.Of(http), RestrictToEventId = http.User.RestrictedEventId(),
        }, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    /// <param name="eventId">The event.</param>
    /// <param name="format">csv (the default) or json.</param>
    /// <param name="lang">en or zh-Hant: the language of the CSV's question headers and answers.</param>
    private static async Task<IResult> Export(Guid eventId, [QueryParameter(Values = ["csv", "json"], Description = "csv or json; without it, json when Accept asks for application/json and not text/csv, else csv.")] [FromQuery(Name = "format")] string? format,
        [QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the language of the CSV's question headers and answers; without it, the best match of Accept-Language, else en.")] [FromQuery(Name = "lang")] string? lang,
        HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (format is not (null or "csv" or "json"))
            return Domain.Common.Error.Invalid("format", "csv or json.").ToProblem();
        var language = FeedLanguage.Negotiate(lang, http.Request);
        if (!Domain.Common.LocalizedText.Languages.Contains(language))
            return Domain.Common.Error.Invalid("lang", "en or zh-Hant.").ToProblem();
        var result = await sender.Send(new ExportRegistrationsQuery(eventId, http.User.RestrictedEventId()), ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        var fileName = $"registrations-{eventId}";
        var accept = http.Request.GetTypedHeaders().Accept;
        format ??= accept.Any(a => a.MediaType == "application/json") && !accept.Any(a => a.MediaType == "text/csv") ? "json" : "csv";
        if (format == "json")
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.json\"";
            return TypedResults.Ok(result.Value);
        }
        http.Response.Headers.ContentLanguage = language;
        return TypedResults.File(RegistrationCsv.Write(result.Value, language), RegistrationCsv.ContentType, fileName + ".csv");
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> Erase(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await ResourceResults.WriteAsync(sender, new EraseRegistrationCommand(id), http, ct);
    }

    private static async Task<Results<Ok<ErasureReport>, ProblemHttpResult>> ErasePerson(ErasePersonCommand command, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
