using System.Diagnostics;
using Scc.Api.Http;

namespace Scc.Api.ErrorHandling;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Every problem carries a <c>traceId</c>, a <c>code</c> and, as its <c>type</c>, the address of the code's entry
    /// in the <see cref="ProblemCatalogue"/>, whoever wrote it.
    /// </summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("code", ProblemCodes.ForStatus(status));
            // Replaces the framework's default (a link to the status in RFC 9110). A code missing from the catalogue,
            // which a test rules out, gets the RFC 9457 type for "no more than the status says".
            problem.Type = problem.Extensions["code"] is string code && ProblemCatalogue.Find(code) is not null
                ? ProblemCatalogue.TypeUri(context.HttpContext.Request, code)
                : "about:blank";
            // Kestrel refuses an oversized body itself; the client is told the limit it went over.
            if (status == StatusCodes.Status413PayloadTooLarge) problem.Detail ??= RequestBodyLimits.TooLargeDetail(context.HttpContext);
            problem.Detail ??= problem.Title;
            if (problem.Status is null) problem.Status = status;
        });
        // After the framework's writer, which keeps every request that accepts JSON.
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
