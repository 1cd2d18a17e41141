using Scc.Domain.Common;

namespace Scc.Domain.Previews;

public static class PreviewLinkErrors
{
    public static Error NotFound { get; } = Error.NotFound("The preview link");

    public static Error ItemNotFound { get; } = Error.NotFound("The item to preview");

    public static Error NotADraft { get; } = Error.Conflict("item_not_draft",
        "Only a draft has a preview link: this item is already public, so share its public address instead.");

    public static Error ExpiryInThePast { get; } = Error.Invalid("expiresAt", "The expiry must be in the future.");

    public static Error ExpiryTooFar { get; } =
        Error.Invalid("expiresAt", $"A preview link lasts at most {PreviewLink.LongestLifetime.TotalDays} days.");

    public static Error Expired { get; } = new("preview_link_expired",
        "This preview link has expired. Ask the consortium's staff for a new one.", ErrorKind.Gone);

    public static Error Revoked { get; } = new("preview_link_revoked",
        "This preview link was withdrawn by the consortium's staff.", ErrorKind.Gone);
}
