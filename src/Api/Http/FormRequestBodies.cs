using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.ErrorHandling;

namespace Scc.Api.Http;

/// <summary>
/// Endpoints that take a form (image uploads) refuse any other body, or none, with a 415 problem before their parameters
/// are bound: the framework's form binding throws an unexpected exception (a 500) for a request without Content-Type.
/// </summary>
public static class FormRequestBodies
{
    public static IApplicationBuilder UseFormRequestBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts &&
            accepts.ContentTypes.Contains("multipart/form-data", StringComparer.OrdinalIgnoreCase) && !context.Request.HasFormContentType)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "Unsupported Media Type",
                    Detail = "Send the body as multipart/form-data, with the file in the field 'file'.",
                    Extensions = { ["code"] = ProblemCodes.ForStatus(StatusCodes.Status415UnsupportedMediaType) },
                },
            });
            return;
        }
        await next(context);
    });
}
