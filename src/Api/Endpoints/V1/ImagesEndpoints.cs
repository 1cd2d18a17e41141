using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Images;
using Scc.Application.Images.GetImageRendition;
using Scc.Application.Images.RemoveImage;
using Scc.Application.Images.UploadImage;
using Scc.Domain.Common;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// Uploaded images (ADR 23): each event's poster, organisation's logo and person's portrait, uploaded as
/// <c>multipart/form-data</c> at <c>/{resource}/{id}/{slot}</c>, and their renditions served at <c>/api/v1/images/{id}/{width}.{ext}</c>.
/// </summary>
public static class ImagesEndpoints
{
    /// <summary>What a rendition's address serves for ever: the bytes under it never change, a new upload gets a new address.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>The upload's body: the file and a little text around it in the form.</summary>
    public const long BodyLimit = ImageLimits.MaxFileBytes + 64 * 1024;

    /// <summary>Maps <c>PUT</c> and <c>DELETE</c> of one image slot (<paramref name="slotPath"/>, say <c>poster</c>) on a resource's group.</summary>
    public static void MapImageSlot(this RouteGroupBuilder group, string slotPath, ImageSlot slot, string resource, string operationName)
    {
        group.MapPut($"/{{id:guid}}/{slotPath}",
                async (Guid id, IFormFile file, [FromForm(Name = "altEn")] string? altEn, [FromForm(Name = "altZhHant")] string? altZhHant, ISender sender,
                        CancellationToken ct) => await Upload(slot, id, file, altEn, altZhHant, sender, ct))
            .RequireAuthorization(Policies.ContentWrite).WithName($"Upload{operationName}").DisableAntiforgery().WithBodyLimit(BodyLimit)
            .WithSummary($"Upload the {resource}'s {slotPath}")
            .WithDescription(
                $"`multipart/form-data` with the image as the field `file` (JPEG, PNG or WebP, told by its content, not its name; at most " +
                $"{ImageLimits.MaxFileBytes:N0} bytes) and optionally its alternative text as `altEn` and `altZhHant`. Replaces the {slotPath} there was, " +
                "whose addresses then answer 404. The image is turned upright by its EXIF orientation and re-encoded, so no metadata of the file " +
                $"(EXIF, GPS, comments) is kept; renditions are made {string.Join(", ", ImageLimits.RenditionWidths)} pixels wide (never wider than the image; " +
                "one of its own width when it is narrower), each in WebP and in the original format. The answer is the image as " +
                $"the {resource} now carries it. 415 `unsupported_image_type` for a file of any other kind; 422 `image_dimensions_too_large` for " +
                $"more than {ImageLimits.MaxPixels / 1_000_000} megapixels or a side over {ImageLimits.MaxSide:N0} pixels (read from the header, before decoding), " +
                "422 `image_unreadable` for a truncated or damaged file. Nothing is stored when the upload is refused.")
            .WithProblems(StatusCodes.Status415UnsupportedMediaType, "unsupported_image_type")
            .WithProblems(StatusCodes.Status422UnprocessableEntity, "image_dimensions_too_large", "image_unreadable");
        group.MapDelete($"/{{id:guid}}/{slotPath}",
                async (Guid id, ISender sender, CancellationToken ct) => await ResourceResults.DeleteAsync(sender, new RemoveImageCommand(slot, id), ct))
            .RequireAuthorization(Policies.ContentWrite).WithName($"Delete{operationName}")
            .WithSummary($"Remove the {resource}'s {slotPath}")
            .WithDescription($"Removes the uploaded {slotPath} and every rendition of it: their addresses answer 404 from then on. 404 when the {resource} has none.");
    }

    public static IEndpointRouteBuilder MapImagesEndpoints(this IEndpointRouteBuilder app)
    {
        var images = app.NewVersionedApi("Images").MapGroup("/api/v1/images").HasApiVersion(1.0).WithTags("Images").AnswerHeadLikeGet();
        images.MapGet("/{id:guid}/{width:int}.{ext}", Get).AllowAnonymous().WithName("GetImageRendition")
            .WithSummary("An uploaded image's rendition")
            .WithDescription("The bytes of one rendition, as the `renditions` of an event's `poster`, an organisation's `logo` or a person's `portrait` " +
                             $"list them: `ext` is `webp`, `jpg` or `png`, and the answer is `image/webp`, `image/jpeg` or `image/png` accordingly. The address never serves other bytes, so it is cached for a year " +
                             $"(`Cache-Control: {CacheControl}`), with a strong ETag (304 on If-None-Match). 404 for an image, width or format there is not " +
                             "(a replaced or removed image included).")
            // The address (ext) chooses the type, not Accept.
            .Produces<Stream>(StatusCodes.Status200OK, "image/webp", "image/jpeg", "image/png")
            .WithConditionalGet();
        return app;
    }

    private static async Task<Results<Ok<ImageResponse>, ProblemHttpResult>> Upload(
        ImageSlot slot, Guid id, IFormFile file, string? altEn, string? altZhHant, ISender sender, CancellationToken ct)
    {
        // The body limit has already refused anything much larger; this is the file's own limit.
        if (file.Length > ImageLimits.MaxFileBytes) return ImageErrors.FileTooLarge.ToProblem();
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        var alt = string.IsNullOrWhiteSpace(altEn) && string.IsNullOrWhiteSpace(altZhHant)
            ? null
            : new LocalizedText(string.IsNullOrWhiteSpace(altEn) ? null : altEn.Trim(), string.IsNullOrWhiteSpace(altZhHant) ? null : altZhHant.Trim());
        var result = await sender.Send(new UploadImageCommand(slot, id, content, alt), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    /// <param name="id">The image's id.</param>
    /// <param name="width">The rendition's width in pixels.</param>
    /// <param name="ext">webp, jpg or png.</param>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, int width, string ext, HttpContext http, ISender sender, CancellationToken ct)
    {
        if (!ImageFormats.TryParseExtension(ext, out var format)) return ImageErrors.NotFound.ToProblem();
        var result = await sender.Send(new GetImageRenditionQuery(id, width, format), ct);
        if (!result.IsSuccess) return result.Error!.ToProblem();
        var rendition = result.Value;
        http.Response.Headers.ETag = rendition.ETag;
        http.Response.Headers.CacheControl = CacheControl;
        if (ETags.IsNotModified(http.Request, rendition.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.File(rendition.Content, rendition.MediaType);
    }
}
