using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Http;
using Scc.Application.Common.Paging;
using Scc.Application.Search.SearchAll;
using Scc.Api.OpenApi;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/search</c>: one box across everything the public can see.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.NewVersionedApi("Search").MapGroup("/api/v1/search").HasApiVersion(1.0).WithTags("Search").AnswerHeadLikeGet();
        search.MapGet("/", Search).AllowAnonymous().WithName("Search").ReadsFromReplicaWhenAnonymous()
            .WithSummary("Search everything published")
            .WithDescription(
                "Published events, delegations, MoUs and digests, and event series, partnerships (by the partner's name and the public notes), " +
                "organisations, people, programmes and funding programmes. Matches the words anywhere in titles, names and summaries, in English or " +
                "Chinese (no word boundaries needed; one or two Chinese characters are enough), and near matches of words of three letters or more. " +
                "Ranked by `rank` (3: a title, name or acronym is the query; 2: one starts with it; 1: any other match), then by `score` " +
                "(trigram similarity), then by kind and slug. Each hit carries a `snippet`: plain text cut around the match, with `highlights` " +
                "as `{start, length}` ranges in UTF-16 code units (JavaScript string indexes); render the text as text and mark the ranges, " +
                "never insert it as HTML. At most 10,000 hits can be paged through.");
        return app;
    }

    /// <param name="q">The words to find.</param>
    /// <param name="type">Kinds, comma-separated: event, delegation, mou, organisation, person, series, partnership, programme, fundingProgramme, digest.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Ok<Page<SearchHit>>> Search(
        [QueryParameter(Required = true, Example = "smart city", Description = "The words to find, in English or Chinese: 1 to 200 characters.")] [FromQuery(Name = "q")] string? q,
        [QueryParameter(ValuesOf = typeof(SearchHitKind), List = true, Description = "Only these kinds of result.")] [FromQuery(Name = "type")] string? type, [FromQuery(Name = "cursor")] string? cursor,
        [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchQuery(q, type, cursor, limit), ct));
}
