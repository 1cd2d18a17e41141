using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Images.GetImageRendition;

/// <summary>One rendition of an uploaded image, as it is served.</summary>
public sealed record GetImageRenditionQuery(Guid ImageId, int Width, ImageFormat Format) : IQuery<Result<StoredRendition>>;
