using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Extensions;
using FromQueryAttribute = Microsoft.AspNetCore.Mvc.FromQueryAttribute;
using Microsoft.Extensions.Options;
using Scc.Api.Auth;
using Scc.Api.Digests;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Digests.CreateDigest;
using Scc.Application.Digests.DeleteDigest;
using Scc.Application.Digests.GetDigest;
using Scc.Application.Digests.ListDigests;
using Scc.Application.Digests.PreviewDigest;
using Scc.Application.Digests.PublishDigest;
using Scc.Application.Digests.ScheduleDigestPublication;
using Scc.Application.Digests.UpdateDigest;
using Scc.Application.Digests;
using Scc.Application.Publishing;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// <c>/api/v1/digests</c>: the quarterly e-newsletter composed from the data. <c>/preview</c> computes one for
/// any period (staff); the collection holds saved digests that editors arrange and publish; published ones
/// are public at their slug and in <c>/api/v1/feeds/digests.atom</c>.
/// </summary>
public static class DigestsEndpoints
{
    private const string Negotiation = "JSON by default; the email-ready bilingual HTML document with `Accept: text/html` " +
                                       "(its first language from `?lang=en|zh-Hant`, else Accept-Language).";

    public static IEndpointRouteBuilder MapDigestsEndpoints(this IEndpointRouteBuilder app)
    {
        var digests = app.NewVersionedApi("Digests").MapGroup("/api/v1/digests").HasApiVersion(1.0).WithTags("Digests").AnswerHeadLikeGet();

        digests.MapGet("/preview", Preview).RequireAuthorization(Policies.ContentRead).WithName("PreviewDigest")
            .WithSummary("Compose a digest for a period")
            .WithDescription("Review of Major Events (published events, delegations and MoU signings over before `asOf` and ended within the period) and " +
                             "Upcoming Activities (published events not over by `asOf` that start within the period or whose registration deadline falls in it; " +
                             "SCC's own first, then those it supports). Nothing is saved. " + Negotiation)
            .Produces<DigestResponse>(StatusCodes.Status200OK, "application/json", "text/html").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet();
        digests.MapGet("/", List).AllowAnonymousShowingDrafts().WithName("ListDigests").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List saved digests").WithDescription("Published digests for everyone; staff and `content:read` keys also see drafts. Latest written first, cursor-paged.");
        digests.MapGet("/{id:guid}", GetById).AllowAnonymousShowingDrafts().WithName("GetDigest").ReadsFromReplicaWhenAnonymous()
            .WithSummary("Get a saved digest").WithDescription("Composed from today's data with the editors' choices. " + Negotiation)
            .Produces<DigestResponse>(StatusCodes.Status200OK, "application/json", "text/html").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet();
        digests.MapGet("/by-slug/{slug}", GetBySlug).AllowAnonymousShowingDrafts().WithName("GetDigestBySlug").ReadsFromReplicaWhenAnonymous()
            .WithSummary("Get a saved digest by its slug").WithDescription("The stable public address of a published digest. " + Negotiation)
            .Produces<DigestResponse>(StatusCodes.Status200OK, "application/json", "text/html").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet();
        digests.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateDigest")
            .WithSummary("Save a draft digest for a period")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        digests.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateDigest")
            .WithSummary("Edit a draft digest")
            .WithDescription("Replaces the period, title, introduction and item choices (pin, position, leave out). Send If-Match with the ETag you read.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken", "digest_published");
        digests.MapPut("/{id:guid}/publication-schedule",
                (Guid id, PublicationScheduleBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    ResourceResults.WriteAsync(sender, new ScheduleDigestPublicationCommand(id, body.PublishAt, DigestHttp.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("ScheduleDigestPublication")
            .WithSummary("Plan when a digest is published")
            .WithDescription("Staff plan when the draft goes public on its own: the publication schedule publishes it within half a minute of `publishAt`, exactly as the publish action would (audited as the system). `publishAt` must be in the future (a past time is a 400, not an immediate publication; publish now with the publish action); null drops the plan. Publishing by hand drops it too. Only a draft may be given a `publishAt` (409 `invalid_transition`).")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        digests.MapPost("/{id:guid}/publish",
                (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                    ResourceResults.WriteAsync(sender, new PublishDigestCommand(id, DigestHttp.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("PublishDigest")
            .WithSummary("Publish a digest").WithDescription("The draft becomes public at its slug and enters the digests feed; it is no longer edited.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        digests.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteDigest")
            .WithSummary("Delete a draft digest")
            .WithDescription(TrashEndpoints.Deletion("digest"))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "digest_not_deletable");

        app.NewVersionedApi("DigestFeed").MapGroup("/api/v1/feeds").HasApiVersion(1.0).WithTags("Feeds").AnswerHeadLikeGet()
            .MapGet("/digests.atom", Atom).AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).WithName("GetDigestsAtomFeed").ReadsFromReplicaWhenAnonymous()
            .WithSummary("Published digests (Atom 1.0)")
            .WithDescription("One entry per published digest, newest first, linking to its HTML and JSON at its slug; titles in one language (`?lang=`, else Accept-Language).")
            .Produces<Stream>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet(lastModified: true);
        return app;
    }

    private static async Task<IResult> Preview(
        [QueryParameter(Format = "date", Required = true, Example = "2023-08-01", Description = "The first day of the period (yyyy-MM-dd).")] [FromQuery(Name = "from")] string? from,
        [QueryParameter(Format = "date", Required = true, Example = "2023-08-31", Description = "The last day of the period (yyyy-MM-dd).")] [FromQuery(Name = "to")] string? to,
        [QueryParameter(Format = "date", Required = true, Example = "2023-08-15", Description = "The day the digest is written on, which splits what has happened from what is to come (yyyy-MM-dd).")] [FromQuery(Name = "asOf")] string? asOf,
        [QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the one language of an HTML answer or feed; without it, the best match of Accept-Language, else en.")] [FromQuery(Name = "lang")] string? lang, HttpContext http, ISender sender, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var result = await sender.Send(new PreviewDigestQuery(from, to, asOf), ct);
        return result.IsSuccess ? DigestHttp.Respond(http, result.Value, lang, json.Value.SerializerOptions) : result.Error!.ToProblem();
    }

    private static async Task<Ok<Page<DigestSummary>>> List(
        [QueryParameter(ValuesOf = typeof(DigestStatus), Description = "Only digests in this status (staff and `content:read` keys see drafts).")] [FromQuery(Name = "status")] string? status, [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit,
        ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListDigestsQuery(status, cursor, limit, IncludeDrafts: user.SeesDrafts()), ct));

    private static Task<IResult> GetById(
        Guid id, [QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the one language of an HTML answer or feed; without it, the best match of Accept-Language, else en.")] [FromQuery(Name = "lang")] string? lang, ClaimsPrincipal user, HttpContext http, ISender sender, IOptions<JsonOptions> json, CancellationToken ct) =>
        Get(new GetDigestQuery(id, null, user.SeesDrafts()), lang, http, sender, json, ct);

    private static Task<IResult> GetBySlug(
        string slug, [QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the one language of an HTML answer or feed; without it, the best match of Accept-Language, else en.")] [FromQuery(Name = "lang")] string? lang, ClaimsPrincipal user, HttpContext http, ISender sender, IOptions<JsonOptions> json, CancellationToken ct) =>
        Get(new GetDigestQuery(null, slug, user.SeesDrafts()), lang, http, sender, json, ct);

    private static async Task<IResult> Get(
        GetDigestQuery query, string? lang, HttpContext http, ISender sender, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var result = await sender.Send(query, ct);
        return result.IsSuccess ? DigestHttp.Respond(http, result.Value, lang, json.Value.SerializerOptions) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<DigestResponse>, ProblemHttpResult>> Create(
        CreateDigestCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/digests/{r.Id}", ct);

    private static async Task<Results<Ok<DigestResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateDigestCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = DigestHttp.ExpectedVersion(http.Request) }, http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
        await ResourceResults.DeleteAsync(sender, new DeleteDigestCommand(id, DigestHttp.ExpectedVersion(http.Request)), ct);

    private static async Task<IResult> Atom([QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the one language of an HTML answer or feed; without it, the best match of Accept-Language, else en.")] [FromQuery(Name = "lang")] string? lang, HttpContext http, ISender sender, CancellationToken ct)
    {
        var language = FeedLanguage.Negotiate(lang, http.Request);
        if (!LocalizedText.Languages.Contains(language))
            return Error.Invalid("lang", $"Use one of: {string.Join(", ", LocalizedText.Languages)}.").ToProblem();
        var page = await sender.Send(new ListDigestsQuery(Limit: PageLimits.Max), ct);
        var body = DigestAtomWriter.Write(page, language, new Uri(http.Request.GetEncodedUrl()), FeedHttp.BaseUrl(http.Request));
        return FeedHttp.Respond(http, body, Feeds.AtomFeedWriter.ContentType, language,
            page.Items.Count == 0 ? null : page.Items.Max(d => d.PublishedAt ?? d.UpdatedAt));
    }
}
