using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Scc.Api.ErrorHandling;

namespace Scc.Api.Http;

/// <summary>
/// Bodies are read as UTF-8: a request labelled with another charset gets a 415 problem, not a guess nor the
/// framework's exception for an unknown encoding name.
/// </summary>
public static class Utf8RequestBodies
{
    private static readonly string[] Accepted = ["utf-8", "utf8", "us-ascii"];

    public static IApplicationBuilder UseUtf8RequestBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType) &&
            contentType.Charset is { Length: > 0 } charset && !Accepted.Contains(charset.Value, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "Unsupported Media Type",
                    Detail = $"The body must be UTF-8; '{charset.Value}' is not accepted.",
                    Extensions = { ["code"] = ProblemCodes.ForStatus(StatusCodes.Status415UnsupportedMediaType) },
                },
            });
            return;
        }
        await next(context);
    });
}
