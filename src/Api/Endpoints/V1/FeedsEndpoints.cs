using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.OpenApi;
using Scc.Api.Http;
using Scc.Application.Common.Paging;
using Scc.Application.Feeds;
using Scc.Application.Feeds.GetFeedEvent;
using Scc.Domain.Common;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Public, read-only feeds of events for partner sites and calendar apps: anonymous, any origin (CORS),
/// texts in one language, cached on the server and by clients (ETag, Last-Modified, Cache-Control).
/// </summary>
public static class FeedsEndpoints
{
    private const string Name = "Smart City Consortium events";
    private const string ChineseName = "智慧城市聯盟活動";

    public static IEndpointRouteBuilder MapFeedsEndpoints(this IEndpointRouteBuilder app)
    {
        var feeds = app.NewVersionedApi("Feeds").MapGroup("/api/v1").HasApiVersion(1.0).WithTags("Feeds")
            .AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).AnswerHeadLikeGet();

        feeds.MapGet("/feeds/events", Json).WithName("ListFeedEvents").ReadsFromReplicaWhenAnonymous().CacheOutput(FeedCaching.JsonPolicy)
            .WithSummary("Events feed (JSON)")
            .WithDescription("Published events (cancelled ones marked as such, never drafts), upcoming by default, with every text in one language " +
                             "(`?lang=`, else Accept-Language; `fallback` names the fields served in the other language). Answers Content-Language, " +
                             "a strong ETag (304 on If-None-Match), Last-Modified and Cache-Control; any origin may read it. " +
                             "Compressed (Brotli, gzip) when Accept-Encoding asks for it, with the same ETag made weak.")
            .Produces<FeedPage>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet(lastModified: true);
        feeds.MapGet("/feeds/events.ics", Calendar).WithName("GetEventsCalendar").ReadsFromReplicaWhenAnonymous().CacheOutput(FeedCaching.CalendarPolicy)
            .WithSummary("Events feed (iCalendar)")
            .WithDescription("The same events as an iCalendar file to subscribe to: stable UIDs, a SEQUENCE raised at every change of an event's " +
                             "time, place or status, timed events with TZID and VTIMEZONE, all-day and tentative events as dates; events without a date " +
                             "yet are left out. Upcoming here includes events that ended less than `Calendar:KeepEndedFor` ago (90 days by default), so " +
                             "they do not vanish from subscribers' calendars; REFRESH-INTERVAL and X-PUBLISHED-TTL say how often to fetch it again.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet(lastModified: true);
        feeds.MapGet("/feeds/events.atom", Atom).WithName("GetEventsAtomFeed").ReadsFromReplicaWhenAnonymous().CacheOutput(FeedCaching.AtomPolicy)
            .WithSummary("Events feed (Atom 1.0)")
            .WithDescription("The same events as an Atom feed: its id names the selection and language (the same for every page and any order of " +
                             "parameters), alternate links to the same selection as JSON and iCalendar, and per entry alternate links to the event's " +
                             "website (text/html), its JSON and its calendar file, with the JSON's type and tags as categories.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet(lastModified: true);
        feeds.MapGet("/events/{id:guid}.ics", EventCalendar).WithName("GetEventCalendar").CacheOutput(FeedCaching.EventCalendarPolicy)
            .WithSummary("One event as iCalendar").WithDescription("A calendar with the one event, to add to a calendar app; empty while the event has no date.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status304NotModified)
            .WithConditionalGet(lastModified: true);
        return app;
    }

    private static async Task<IResult> Json(
        [AsParameters] FeedParameters p, HttpContext http, ISender sender, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var page = await sender.Send(p.ToQuery(FeedLanguage.Negotiate(p.Lang, http.Request), FeedHttp.BaseUrl(http.Request)), ct);
        var body = JsonSerializer.SerializeToUtf8Bytes(page, json.Value.SerializerOptions);
        return FeedHttp.Respond(http, body, "application/json; charset=utf-8", page.Language, page.LastModified);
    }

    private static async Task<IResult> Calendar(
        [AsParameters] FeedParameters p, HttpContext http, ISender sender, IOptions<CalendarSettings> calendar, CancellationToken ct)
    {
        var settings = calendar.Value;
        var page = await sender.Send(
            p.ToQuery(FeedLanguage.Negotiate(p.Lang, http.Request), FeedHttp.BaseUrl(http.Request), PageLimits.Max, settings.KeepEndedFor), ct);
        var body = IcsFeedWriter.Write(page.Items, page.Language, Title(page.Language), settings, settings.RefreshInterval);
        return FeedHttp.Respond(http, body, IcsFeedWriter.ContentType, page.Language, page.LastModified);
    }

    private static async Task<IResult> Atom([AsParameters] FeedParameters p, HttpContext http, ISender sender, CancellationToken ct)
    {
        var page = await sender.Send(p.ToQuery(FeedLanguage.Negotiate(p.Lang, http.Request), FeedHttp.BaseUrl(http.Request), PageLimits.Max), ct);
        var self = new Uri(http.Request.GetEncodedUrl());
        var selection = p.Selection(page.Language);
        Uri Feed(string path) => new(QueryHelpers.AddQueryString(new Uri(FeedHttp.BaseUrl(http.Request), path).ToString(), selection));
        Uri? next = page.NextCursor is { } cursor
            ? new Uri(QueryHelpers.AddQueryString(Feed("api/v1/feeds/events.atom").ToString(), "cursor", cursor))
            : null;
        var alternates = new[] { (Feed("api/v1/feeds/events"), "application/json"), (Feed("api/v1/feeds/events.ics"), "text/calendar") };
        // The id names the selection, whatever page, order of parameters or Accept-Language asked for it.
        var body = AtomFeedWriter.Write(page, Feed("api/v1/feeds/events.atom").ToString(), self, next, alternates, Title(page.Language));
        return FeedHttp.Respond(http, body, AtomFeedWriter.ContentType, page.Language, page.LastModified);
    }

    private static async Task<IResult> EventCalendar(
        Guid id, IOptions<CalendarSettings> calendar, [QueryParameter(Values = ["en", "zh-Hant"], Description = "en or zh-Hant: the one language of an HTML answer or feed; without it, the best match of Accept-Language, else en.")] [Microsoft.AspNetCore.Mvc.FromQuery(Name = "lang")] string? lang, HttpContext http, ISender sender, CancellationToken ct)
    {
        var language = FeedLanguage.Negotiate(lang, http.Request);
        var result = await sender.Send(new GetFeedEventQuery(id, language, FeedHttp.BaseUrl(http.Request)), ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        var body = IcsFeedWriter.Write([result.Value], language, result.Value.Title, calendar.Value, refreshInterval: null);
        return FeedHttp.Respond(http, body, IcsFeedWriter.ContentType, language, result.Value.UpdatedAt);
    }

    private static string Title(string language) => language == LocalizedText.TraditionalChinese ? ChineseName : Name;
}
