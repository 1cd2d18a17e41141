using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Http;

/// <summary>
/// How large a body each kind of endpoint takes. Routing applies an endpoint's limit before its body is read, so a
/// larger body is refused with 413 without being buffered; endpoints without one take <c>Limits:MaxRequestBodyBytes</c>.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Staff content (bilingual descriptions of events, organisations, MoUs...): the server-wide default.</summary>
    public const long Content = 256 * 1024;

    /// <summary>What anyone on the internet may send: one registration with its answers.</summary>
    public const long Public = 64 * 1024;

    /// <summary>An integration's batch: up to 500 registrations in one bulk upsert.</summary>
    public const long Bulk = 1024 * 1024;

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(bytes));

    /// <summary>The 413 problem's detail, with the limit that applied to this request.</summary>
    public static string TooLargeDetail(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"The request body is too large: this endpoint takes at most {limit:N0} bytes.")
            : "The request body is too large.";
}
