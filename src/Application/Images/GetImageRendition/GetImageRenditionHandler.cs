using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Images.GetImageRendition;

public sealed class GetImageRenditionHandler(IImageStore store) : IQueryHandler<GetImageRenditionQuery, Result<StoredRendition>>
{
    public async ValueTask<Result<StoredRendition>> Handle(GetImageRenditionQuery query, CancellationToken cancellationToken) =>
        await store.FindAsync(query.ImageId, query.Width, query.Format, cancellationToken) is { } rendition ? rendition : ImageErrors.NotFound;
}
