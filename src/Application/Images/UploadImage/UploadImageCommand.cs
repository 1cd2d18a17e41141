using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Images.UploadImage;

/// <summary>Sets (or replaces) the image of a piece of content from an uploaded file.</summary>
/// <param name="Content">The file's bytes, as uploaded; never logged.</param>
/// <param name="Alt">What the image shows, for people who cannot see it.</param>
public sealed record UploadImageCommand(ImageSlot Slot, Guid OwnerId, byte[] Content, LocalizedText? Alt = null) : ICommand<Result<ImageResponse>>;
