using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Http;
using Scc.Application.Common.Paging;
using Scc.Application.Search.SearchAll;
using Scc.Api.OpenApi;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/search</c>: one box across events, delegations, MoUs, organisations and people.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.NewVersionedApi("Search").MapGroup("/api/v1/search").HasApiVersion(1.0).WithTags("Search").AnswerHeadLikeGet();
        search.MapGet("/", Search).AllowAnonymous().WithName("Search")
            .WithSummary("Search everything published")
            .WithDescription("Matches words anywhere in titles and names, in English or Chinese (no word boundaries needed). Ranked: exact title, then title containing the words, then other text.");
        return app;
    }

    /// <param name="q">The words to find.</param>
    /// <param name="type">Kinds, comma-separated: event, delegation, mou, organisation, person.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Ok<Page<SearchHit>>> Search(
        [QueryParameter(Required = true, Example = "smart city", Description = "The words to find, in English or Chinese.")] [FromQuery(Name = "q")] string? q,
        [QueryParameter(ValuesOf = typeof(SearchHitKind), List = true, Description = "Only these kinds of result.")] [FromQuery(Name = "type")] string? type, [FromQuery(Name = "cursor")] string? cursor,
        [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SearchQuery(q, type, cursor, limit), ct));
}
