using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Images;
using Scc.Domain.Common;
using Scc.Infrastructure.Persistence;

namespace Scc.Infrastructure.Images;

/// <summary>
/// The renditions' bytes in the API's own database (table <c>image_renditions</c>), so that every instance serves every
/// image with nothing else to run. Writes go through the scope's context, so they commit or roll back with the
/// transaction of the change that made them.
/// </summary>
public sealed class PostgresImageStore(AppDbContext db, TimeProvider clock) : IImageStore
{
    public async Task SaveAsync(Guid imageId, IReadOnlyList<ImageRendition> renditions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = renditions.Select(r => new StoredImageRendition(
            imageId, r.Width, r.Height, r.Format, ImageFormats.MediaType(r.Format), r.Content, ETagOf(r.Content), now)).ToList();
        db.ImageRenditions.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        // Saved: the context need not hold the bytes for the rest of the scope.
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
    }

    public async Task<StoredRendition?> FindAsync(Guid imageId, int width, ImageFormat format, CancellationToken cancellationToken) =>
        await db.ImageRenditions.AsNoTracking()
            .Where(r => r.ImageId == imageId && r.Width == width && r.Format == format)
            .Select(r => new StoredRendition(r.Content, r.MediaType, r.ETag))
            .FirstOrDefaultAsync(cancellationToken);

    public Task RemoveAsync(Guid imageId, CancellationToken cancellationToken) =>
        db.ImageRenditions.Where(r => r.ImageId == imageId).ExecuteDeleteAsync(cancellationToken);

    private static string ETagOf(byte[] content) => $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"";
}
