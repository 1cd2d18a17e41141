using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Scc.Api.ErrorHandling;

/// <summary>
/// Writes the problem when the framework's writer declines because the request's Accept leaves out JSON (a calendar
/// app asking for <c>text/calendar</c>, a feed reader for <c>application/atom+xml</c>): without it such a client got
/// an empty or plain-text error, or a problem without <c>code</c>, <c>traceId</c> and <c>type</c>. An error is
/// answered as a problem whatever the client accepts, as RFC 9110 allows, through the same
/// <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/> as every other problem.
/// </summary>
internal sealed class AnyAcceptProblemDetailsWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        // What the framework's writer fills in before customizing.
        problem.Status ??= response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
