using System.Diagnostics;
using Scc.Api.Http;

namespace Scc.Api.ErrorHandling;

public static class ProblemDetailsSetup
{
    /// <summary>Every problem carries a <c>traceId</c> and a <c>code</c>, whoever wrote it.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("code", ProblemCodes.ForStatus(status));
            // Kestrel refuses an oversized body itself; the client is told the limit it went over.
            if (status == StatusCodes.Status413PayloadTooLarge) problem.Detail ??= RequestBodyLimits.TooLargeDetail(context.HttpContext);
            problem.Detail ??= problem.Title;
            if (problem.Status is null) problem.Status = status;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
