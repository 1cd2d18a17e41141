using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Http;
using Scc.Application.Common;

namespace Scc.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become problems. Messages are written here, never copied from the
/// exception, so no type name, SQL or stack trace reaches a client.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, IDatabaseFailures databaseFailures, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException badRequest => BadRequest(badRequest, httpContext),
            _ when databaseFailures.Describe(exception) is { } failure => Problem(failure),
            _ => null,
        };
        if (problem is null)
        {
            // The route template, not the path: a path can hold a secret (a registrant's manage token).
            var route = (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            LogUnhandled(exception, httpContext.Request.Method, route);
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemCodes.InternalError,
                "Something went wrong on our side; the trace id identifies it for support.");
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Validation(ValidationException exception)
    {
        var problem = Problem(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "One or more fields are invalid; see errors.");
        problem.Extensions["errors"] = exception.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return problem;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception, HttpContext httpContext)
    {
        var status = exception.StatusCode;
        if (status != StatusCodes.Status400BadRequest)
        {
            var detail = status switch
            {
                StatusCodes.Status413PayloadTooLarge => RequestBodyLimits.TooLargeDetail(httpContext),
                StatusCodes.Status415UnsupportedMediaType =>
                    $"Send the body as {(httpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is [var accepted, ..] ? accepted : "application/json")}.",
                StatusCodes.Status408RequestTimeout => "The body arrived too slowly; send the request again.",
                _ => "The request could not be read.",
            };
            return Problem(status, ProblemCodes.ForStatus(status), detail);
        }
        if (exception.InnerException is JsonException json)
        {
            var problem = Problem(status, ProblemCodes.ValidationFailed, "The body is not valid JSON of the expected shape; see errors.");
            var (field, message) = Describe(json);
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
            return problem;
        }
        return Problem(status, ProblemCodes.MalformedRequest, "The request is malformed: a required body is missing, or a route or query value has the wrong format.");
    }

    /// <summary>The field at fault as a client would write it, and a message with no .NET type names.</summary>
    private static (string Field, string Message) Describe(JsonException exception)
    {
        var path = exception.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "";
        if (UnmappedProperty().Match(exception.Message) is { Success: true } unmapped)
        {
            // The path already ends at the unknown property.
            var name = unmapped.Groups[1].Value;
            return (path.Length == 0 ? name : path, "Unknown property: this endpoint does not accept it.");
        }
        if (exception.Message.StartsWith(StorableStringConverter.Message, StringComparison.Ordinal))
            return (path.Length == 0 ? "body" : path, StorableStringConverter.Message);
        if (MissingRequired().Match(exception.Message) is { Success: true } missing)
        {
            // The path ends at the object that lacks the property; name the property itself.
            var name = missing.Groups[1].Value;
            return (path.Length == 0 ? name : path + "." + name, "Required.");
        }
        if (path.Length == 0) return ("body", "The body is not well-formed JSON, or is not a JSON object.");
        if (exception.Message.Contains("required properties", StringComparison.Ordinal) ||
            exception.Message.Contains("missing required", StringComparison.Ordinal))
            return (path, "Required properties are missing.");
        return (path, "The value is malformed or of the wrong type (check allowed enum values, date formats and numbers).");
    }

    private static ProblemDetails Problem(DatabaseFailure failure) => failure.Kind switch
    {
        DatabaseFailureKind.ChangedMeanwhile => Problem(StatusCodes.Status412PreconditionFailed, ProblemCodes.PreconditionFailed, failure.Detail),
        DatabaseFailureKind.Conflict => Problem(StatusCodes.Status409Conflict, failure.Code ?? ProblemCodes.Conflict, failure.Detail),
        DatabaseFailureKind.UnstorableText => Problem(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, failure.Detail),
        DatabaseFailureKind.Unavailable => Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.DatabaseUnavailable, failure.Detail),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.Kind, null),
    };

    private static ProblemDetails Problem(int status, string code, string detail) => new()
    {
        Status = status,
        Title = ReasonPhrase(status),
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    [GeneratedRegex("missing required properties including: '(.+?)'")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The JSON property '(.+?)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Route}")]
    private partial void LogUnhandled(Exception exception, string method, string route);
}
