using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.ErrorHandling;

/// <summary>
/// No request outlives <c>Limits:RequestTimeoutSeconds</c>: when the database hangs rather than fails, the
/// request is cancelled and answered with a retryable 503 problem. The framework's middleware does the timing.
/// </summary>
public static class RequestTimeoutSetup
{
    public static IServiceCollection AddApiRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("Limits:RequestTimeoutSeconds", 30));
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = WriteTimeoutProblemAsync,
        });
        return services;
    }

    private static async Task WriteTimeoutProblemAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = ApiExceptionHandler.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service Unavailable",
                Detail = "The request took too long, most likely because the database is slow or unavailable; retry shortly.",
                Extensions = { ["code"] = ProblemCodes.RequestTimeout },
            },
        });
    }
}
