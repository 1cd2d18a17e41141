using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Api.Previews;
using Scc.Application.Common.Paging;
using Scc.Application.Delegations.GetDelegation;
using Scc.Application.Digests.GetDigest;
using Scc.Application.Events.GetEvent;
using Scc.Application.Feeds;
using Scc.Application.Feeds.GetFeedEvent;
using Scc.Application.Mous.GetMou;
using Scc.Application.Previews;
using Scc.Application.Previews.CreatePreviewLink;
using Scc.Application.Previews.ListPreviewLinks;
using Scc.Application.Previews.OpenPreviewLink;
using Scc.Application.Previews.RevokePreviewLink;
using Scc.Domain.Common;
using Scc.Domain.Previews;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// <c>/api/v1/preview-links</c>: staff share a draft before it is published (ADR 26); <c>/api/v1/previews/{token}</c>:
/// anyone holding the link reads the draft as the public will, until the link expires or is revoked;
/// <c>/embed/v1/previews/{token}/feed</c>: an event's preview as the widget reads it. Previews are never
/// cached, indexed, listed, searched or put in a feed.
/// </summary>
public static class PreviewLinksEndpoints
{
    public static IEndpointRouteBuilder MapPreviewLinksEndpoints(this IEndpointRouteBuilder app)
    {
        var links = app.NewVersionedApi("PreviewLinks").MapGroup("/api/v1/preview-links").HasApiVersion(1.0).WithTags("Preview links")
            .AnswerHeadLikeGet();
        links.MapPost("/", Create).RequireAuthorization(Policies.ContentPublish).WithName("CreatePreviewLink")
            .WithSummary("Create a preview link to a draft")
            .WithDescription("A read-only link to one draft event, delegation, MoU or digest, for someone outside the staff (a partner, a speaker) to see " +
                             "it as the public will once it is published. The answer's `url` (and for an event `embedUrl`) is shown this once: only the " +
                             "link's record is kept. It works until `expiresAt` (7 days by default, at most 30) or until it is revoked, and keeps " +
                             "showing the item as it is now, also after publication. Only a draft can be previewed (409 `item_not_draft`).")
            .WithProblems(StatusCodes.Status404NotFound, ProblemCodes.NotFound).WithProblems(StatusCodes.Status409Conflict, "item_not_draft");
        links.MapGet("/", List).RequireAuthorization(Policies.ContentRead).WithName("ListPreviewLinks")
            .WithSummary("List preview links").WithDescription("Expired and revoked links included, oldest first; `type=` and `itemId=` narrow it; cursor-paged. Never the links' addresses.");
        links.MapDelete("/{id:guid}", Revoke).RequireAuthorization(Policies.ContentPublish).WithName("RevokePreviewLink")
            .WithSummary("Revoke a preview link").WithDescription("The link answers 410 `preview_link_revoked` from then on; the record stays. Revoking again changes nothing.");

        var previews = app.NewVersionedApi("Previews").MapGroup("/api/v1/previews").HasApiVersion(1.0).WithTags("Preview links")
            .AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).AnswerHeadLikeGet();
        previews.MapGet("/{token}", Get).WithName("GetPreview")
            .WithSummary("Read a draft through its preview link")
            .WithDescription("The draft the link was made for, in the shape its public read has (`GetEvent`, `GetDelegation`, `GetMou`, `GetDigest`), under " +
                             "the member its `type` names. Never cached (`Cache-Control: no-store`) nor indexed (`X-Robots-Tag: noindex`). " +
                             "404 for a token the API did not issue, or altered, or when the item is gone; 410 once the link expired or was revoked.")
            .WithProblems(StatusCodes.Status410Gone, "preview_link_expired", "preview_link_revoked");
        // The widget's own read of an event's preview, beside its script (outside the contract, as the widget's page is).
        app.MapGroup("/embed/v1/previews").AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).ExcludeFromDescription().AnswerHeadLikeGet()
            .MapGet("/{token}/feed", Feed);
        return app;
    }

    private static async Task<Results<Created<PreviewLinkCreated>, ProblemHttpResult>> Create(
        CreatePreviewLinkCommand command, HttpContext http, ISender sender, PreviewTokens tokens, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(command, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        var link = result.Value;
        var token = tokens.Issue(link.Id);
        var baseUrl = FeedHttp.BaseUrl(http.Request);
        var embedUrl = link.Type == PreviewTypes.Event ? new Uri(baseUrl, $"embed/v1/events?preview={token}") : null;
        ETags.Set(http.Response, link.Version);
        return TypedResults.Created($"/api/v1/preview-links/{link.Id}", new PreviewLinkCreated(link, new Uri(baseUrl, $"api/v1/previews/{token}"), embedUrl));
    }

    /// <param name="type">event, delegation, mou or digest.</param>
    /// <param name="itemId">The links to one item.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<Page<PreviewLinkResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = "type")] string? type, [FromQuery(Name = "itemId")] Guid? itemId,
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListPreviewLinksQuery(type, itemId, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, ISender sender, CancellationToken ct) =>
        await ResourceResults.DeleteAsync(sender, new RevokePreviewLinkCommand(id), ct);

    /// <param name="token">The secret part of the preview link's address.</param>
    private static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> Get(
        string token, HttpContext http, ISender sender, PreviewTokens tokens, CancellationToken ct)
    {
        KeepPrivate(http.Response);
        var opened = await OpenAsync(token, sender, tokens, ct);
        if (!opened.IsSuccess) return opened.Error!.ToProblem();
        var link = opened.Value;
        var preview = link.Type switch
        {
            PreviewTypes.Event => Shown(await sender.Send(new GetEventQuery(link.ItemId, null, IncludeDrafts: true), ct), e => new PreviewResponse(link.Type, link.ExpiresAt, Event: e)),
            PreviewTypes.Delegation => Shown(await sender.Send(new GetDelegationQuery(link.ItemId, null, IncludeUnpublished: true), ct), d => new PreviewResponse(link.Type, link.ExpiresAt, Delegation: d)),
            PreviewTypes.Mou => Shown(await sender.Send(new GetMouQuery(link.ItemId, null, IncludeDrafts: true), ct), m => new PreviewResponse(link.Type, link.ExpiresAt, Mou: m)),
            _ => Shown(await sender.Send(new GetDigestQuery(link.ItemId, null, IncludeDrafts: true), ct), d => new PreviewResponse(link.Type, link.ExpiresAt, Digest: d)),
        };
        return preview.IsSuccess ? TypedResults.Ok(preview.Value) : preview.Error!.ToProblem();
    }

    /// <param name="token">The secret part of the preview link's address.</param>
    /// <param name="lang">en or zh-Hant; else Accept-Language.</param>
    private static async Task<Results<Ok<FeedPage>, ProblemHttpResult>> Feed(
        string token, [FromQuery(Name = "lang")] string? lang, HttpContext http, ISender sender, PreviewTokens tokens, CancellationToken ct)
    {
        KeepPrivate(http.Response);
        var opened = await OpenAsync(token, sender, tokens, ct);
        if (!opened.IsSuccess) return opened.Error!.ToProblem();
        if (opened.Value.Type != PreviewTypes.Event) return Error.NotFound("A feed for this preview (only events have one)").ToProblem();
        var language = FeedLanguage.Negotiate(lang, http.Request);
        var item = await sender.Send(new GetFeedEventQuery(opened.Value.ItemId, language, FeedHttp.BaseUrl(http.Request), IncludeDrafts: true), ct);
        if (!item.IsSuccess) return item.Error!.ToProblem();
        http.Response.Headers.ContentLanguage = language;
        return TypedResults.Ok(new FeedPage([item.Value], null, language));
    }

    private static async Task<Result<PreviewLinkResponse>> OpenAsync(string token, ISender sender, PreviewTokens tokens, CancellationToken ct) =>
        tokens.TryRead(token, out var linkId) ? await sender.Send(new OpenPreviewLinkQuery(linkId), ct) : PreviewLinkErrors.NotFound;

    private static Result<PreviewResponse> Shown<T>(Result<T> item, Func<T, PreviewResponse> preview) =>
        item.IsSuccess ? preview(item.Value) : item.Error!;

    /// <summary>A preview is for its holder alone: no shared cache keeps it, no search engine lists it, no link leaks it onward.</summary>
    public static void KeepPrivate(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
