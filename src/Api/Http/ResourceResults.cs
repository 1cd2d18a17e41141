using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.ErrorHandling;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Api.Http;

/// <summary>
/// The answers every resource gives the same way: reads with ETag and 304, creations with Location,
/// writes with the new ETag, deletions with 204; expected failures as problems.
/// </summary>
public static class ResourceResults
{
    /// <param name="view">Names the representation when the resource has more than one (see <see cref="ETags.For(uint, string?)"/>).</param>
    public static async Task<Results<Ok<T>, StatusCodeHttpResult, ProblemHttpResult>> ReadAsync<T>(
        ISender sender, IQuery<Result<T>> query, HttpContext http, CancellationToken ct, string? view = null) where T : IVersioned
    {
        var result = await sender.Send(query, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        var etag = ETags.For(result.Value.Version, view);
        http.Response.Headers.ETag = etag;
        if (ETags.IsNotModified(http.Request, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<Created<T>, ProblemHttpResult>> CreateAsync<T>(
        ISender sender, ICommand<Result<T>> command, HttpContext http, Func<T, string> location, CancellationToken ct) where T : IVersioned
    {
        var result = await sender.Send(command, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Created(location(result.Value), result.Value);
    }

    public static async Task<Results<Ok<T>, ProblemHttpResult>> WriteAsync<T>(
        ISender sender, ICommand<Result<T>> command, HttpContext http, CancellationToken ct) where T : IVersioned
    {
        var result = await sender.Send(command, ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(ISender sender, ICommand<Result> command, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
