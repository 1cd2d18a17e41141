using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Scc.Api.Embed;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Application.Feeds.ListFeedEvents;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Embedding the events on a partner's page: <c>/embed/v1/events.js</c> for a <c>&lt;scc-events&gt;</c> or a
/// <c>&lt;div data-scc-events&gt;</c>, and <c>/embed/v1/events</c>, the same list as a page for an iframe, which posts its
/// height to the framing page. Anonymous, any origin; the script reads the JSON feed.
/// </summary>
public static class EmbedEndpoints
{
    public const string ScriptPath = "/embed/v1/events.js";

    public static IEndpointRouteBuilder MapEmbedEndpoints(this IEndpointRouteBuilder app)
    {
        var embed = app.MapGroup("/embed/v1").AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).ExcludeFromDescription().AnswerHeadLikeGet();
        embed.MapGet("/events.js", Script);
        embed.MapGet("/events", Page);
        return app;
    }

    private static IResult Script(HttpContext http, EmbedScript script)
    {
        var headers = http.Response.Headers;
        headers.ETag = script.ETag;
        headers.CacheControl = EmbedScript.CacheControl;
        headers.XContentTypeOptions = "nosniff";
        // Pages that isolate themselves (Cross-Origin-Embedder-Policy) may still load it.
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return ETags.IsNotModified(http.Request, script.ETag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(script.Bytes, EmbedScript.ContentType);
    }

    /// <param name="theme">light, dark or auto (the default: in a frame, the reader's own setting).</param>
    /// <param name="eventsPage">The partner's events page, an absolute http or https address, for the "more events" link.</param>
    /// <param name="preview">A preview link's token: the page shows that one draft event instead of the feed's.</param>
    private static async Task<IResult> Page(
        [AsParameters] FeedParameters p, [FromQuery(Name = "theme")] string? theme, [FromQuery(Name = "eventsPage")] string? eventsPage,
        [FromQuery(Name = "preview")] string? preview, HttpContext http, IValidator<ListFeedEventsQuery> validator, CancellationToken ct)
    {
        var language = FeedLanguage.Negotiate(p.Lang, http.Request);
        // The feed's own rules, so that a wrong filter is a 400 here rather than an empty frame.
        var failures = (await validator.ValidateAsync(p.ToQuery(language, FeedHttp.BaseUrl(http.Request)), ct)).Errors;
        if (theme is not null && !EmbedPage.Themes.Contains(theme))
            failures.Add(new ValidationFailure("theme", "theme must be light, dark or auto."));
        if (eventsPage is not null && !IsWebAddress(eventsPage))
            failures.Add(new ValidationFailure("eventsPage", "eventsPage must be an absolute http or https address."));
        if (failures.Count > 0) throw new ValidationException(failures);

        var attributes = new List<KeyValuePair<string, string>> { new("lang", language) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) attributes.Add(new(name, value));
        }
        Add("limit", p.Limit?.ToString(CultureInfo.InvariantCulture));
        Add("when", p.When);
        Add("type", p.Type);
        Add("tag", p.Tag);
        Add("organisation", p.OrganisationId?.ToString());
        Add("role", p.Role);
        Add("series", p.SeriesId?.ToString());
        Add("programme", p.ProgrammeId?.ToString());
        Add("events-page", eventsPage);
        // The script reads the preview itself; the page is only its frame.
        Add("preview", preview);
        var body = EmbedPage.Write(language, http.Request.PathBase + ScriptPath, theme ?? "auto", attributes);

        var etag = $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = FeedHttp.CacheControl;
        headers.Vary = HeaderNames.AcceptLanguage;
        headers.ContentLanguage = language;
        headers.ContentSecurityPolicy = EmbedPage.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (preview is not null) PreviewLinksEndpoints.KeepPrivate(http.Response);
        return ETags.IsNotModified(http.Request, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, EmbedPage.ContentType);
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
