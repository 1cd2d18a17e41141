using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Translations;
using Scc.Application.Translations.ListMissingTranslations;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/translations</c>: what editors still have to translate.</summary>
public static class TranslationsEndpoints
{
    public static IEndpointRouteBuilder MapTranslationsEndpoints(this IEndpointRouteBuilder app)
    {
        var translations = app.NewVersionedApi("Translations").MapGroup("/api/v1/translations").HasApiVersion(1.0).WithTags("Translations")
            .RequireAuthorization(Policies.ContentRead).AnswerHeadLikeGet();

        translations.MapGet("/missing", ListMissing).WithName("ListMissingTranslations").WithSummary("List published texts that lack a language")
            .WithDescription("Every public item (events and delegations once published, published MoUs and digests, and all series, partnerships, " +
                             "organisations, people, programmes and funding programmes) whose bilingual texts have English and lack Traditional " +
                             "Chinese, or the reverse, with each such text by its place in the item's JSON. Texts empty in both languages are not " +
                             "gaps. Oldest item first; cursor-paged. For staff and API keys with content:read.");
        return app;
    }

    /// <param name="type">Only items of this kind.</param>
    /// <param name="lang">Only the texts that lack this language: en or zh-Hant.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<Page<MissingTranslations>>, ProblemHttpResult>> ListMissing(
        [QueryParameter(ValuesFrom = typeof(ListMissingTranslationsHandler), ValuesMember = nameof(ListMissingTranslationsHandler.Types), Description = "The kind of item.")] [FromQuery(Name = "type")] string? type,
        [QueryParameter(Values = ["en", "zh-Hant"], Description = "The language the texts lack.")] [FromQuery(Name = "lang")] string? lang,
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var result = await sender.Send(new ListMissingTranslationsQuery(type, lang, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
