using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Changes;

namespace Scc.Api.Endpoints.V1;

/// <summary>One feed of every change to the published content, for the sites and tools that keep a copy of it.</summary>
public static class ChangesEndpoints
{
    public static IEndpointRouteBuilder MapChangesEndpoints(this IEndpointRouteBuilder app)
    {
        var changes = app.NewVersionedApi("Changes").MapGroup("/api/v1/changes").HasApiVersion(1.0).WithTags("Changes").AnswerHeadLikeGet();

        changes.MapGet("", Get).AllowAnonymousShowingDrafts().WithName("GetContentChanges")
            .WithSummary("Follow every change to events, series, delegations, MoUs, partnerships, organisations, people, programmes, funding programmes and digests")
            .WithDescription("In commit order, each change as `updated` (read the resource at `url` and store it) or `deleted` (remove it), filterable " +
                             "by `type=` (comma-separated). The public sees what it can see: changes to drafts are left out, and a resource that " +
                             "leaves its view (unpublished, a delegation cancelled, deleted) comes as `deleted`; staff and `content:read` keys see every change with `public` " +
                             "saying whether the public can see the resource. Start without a cursor; store `nextCursor` (always present) with what " +
                             "you applied and send it on the next poll: a poller never misses and never sees twice a change, even while transactions " +
                             "commit out of order. `hasMore` says to ask again at once. `limit` is 1 to 1000 (default 100). No content, so no personal " +
                             "data, is in the feed.");
        return app;
    }

    private static async Task<Results<Ok<ContentChangePage>, ProblemHttpResult>> Get(
        [QueryParameter(ValuesFrom = typeof(ContentResources), ValuesMember = nameof(ContentResources.Types), List = true, Description = "Only changes to these types.")] [FromQuery(Name = "type")] string? type,
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit,
        ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct)
    {
        // Every poll must see the newest changes: no cache may answer it.
        http.Response.Headers.CacheControl = "no-store";
        var result = await sender.Send(new GetContentChangesQuery(type, cursor, limit, IncludeDrafts: user.SeesDrafts(), FeedHttp.BaseUrl(http.Request)), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
