namespace Scc.Domain.Common;

/// <summary>
/// The rules for a publication planned ahead, the same for every kind of content: both instants in the future (a time
/// already past is refused rather than acted on at once, so that a late or mistyped request never publishes by
/// surprise; publishing now has its own action), and a take-down after the publication.
/// </summary>
public static class PublicationSchedule
{
    public static Result Check(DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, DateTimeOffset now)
    {
        if (publishAt is { } publish && publish <= now)
            return Error.Invalid("publishAt", "publishAt must be in the future; to publish now, use the publish action.");
        if (unpublishAt is { } unpublish && unpublish <= now)
            return Error.Invalid("unpublishAt", "unpublishAt must be in the future; to take it down now, use the unpublish action.");
        if (publishAt is { } from && unpublishAt is { } until && until <= from)
            return Error.Invalid("unpublishAt", "unpublishAt must be after publishAt.");
        return Result.Success();
    }
}
