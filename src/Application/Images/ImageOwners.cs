using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.Images;

/// <summary>The content an image slot belongs to, loaded for a change; trashed content is not found, as everywhere else.</summary>
internal static class ImageOwners
{
    public static async Task<IHasUploadedImage?> FindAsync(IAppDbContext db, ImageSlot slot, Guid id, CancellationToken cancellationToken) => slot switch
    {
        ImageSlot.EventPoster => await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken),
        ImageSlot.OrganisationLogo => await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken),
        ImageSlot.PersonPortrait => await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, null),
    };

    public static Task<bool> ExistsAsync(IAppDbContext db, ImageSlot slot, Guid id, CancellationToken cancellationToken) => slot switch
    {
        ImageSlot.EventPoster => db.Events.AnyAsync(e => e.Id == id, cancellationToken),
        ImageSlot.OrganisationLogo => db.Organisations.AnyAsync(o => o.Id == id, cancellationToken),
        ImageSlot.PersonPortrait => db.People.AnyAsync(p => p.Id == id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, null),
    };

    public static Error NotFound(ImageSlot slot) => slot switch
    {
        ImageSlot.EventPoster => EventErrors.NotFound,
        ImageSlot.OrganisationLogo => OrganisationErrors.NotFound,
        ImageSlot.PersonPortrait => PersonErrors.NotFound,
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, null),
    };

    /// <summary>The owner is there but carries no image in that slot.</summary>
    public static Error NoImage(ImageSlot slot) => slot switch
    {
        ImageSlot.EventPoster => Error.NotFound("The event's poster"),
        ImageSlot.OrganisationLogo => Error.NotFound("The organisation's logo"),
        ImageSlot.PersonPortrait => Error.NotFound("The person's portrait"),
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, null),
    };
}
