using Scc.Domain.Common;

namespace Scc.Domain.Previews;

/// <summary>The kinds of content that have drafts to show before publication.</summary>
public enum PreviewItemType
{
    Event,
    Delegation,
    Mou,
    Digest,
}

/// <summary>
/// Staff's permission for anyone holding the link to read one draft as the public would see it, until it expires or
/// is revoked. The link's address carries this record's id, signed by the API (ADR 26); the record is what makes the
/// link expire and lets staff revoke it.
/// </summary>
public sealed class PreviewLink : Entity
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(30);

    private PreviewLink(Guid id) : base(id) { }

    public PreviewItemType ItemType { get; private set; }

    public Guid ItemId { get; private set; }

    /// <summary>Who created it: the staff token's subject or the API key's prefix.</summary>
    public string CreatedBy { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A link to a draft; what is already public needs none.</summary>
    public static Result<PreviewLink> Create(
        PreviewItemType itemType, Guid itemId, bool itemIsDraft, string createdBy, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (!itemIsDraft) return PreviewLinkErrors.NotADraft;
        var expires = expiresAt ?? now + DefaultLifetime;
        if (expires <= now) return PreviewLinkErrors.ExpiryInThePast;
        if (expires > now + LongestLifetime) return PreviewLinkErrors.ExpiryTooFar;
        return new PreviewLink(Guid.CreateVersion7()) { ItemType = itemType, ItemId = itemId, CreatedBy = createdBy, ExpiresAt = expires };
    }

    /// <summary>Why the link shows nothing at <paramref name="now"/>, or null while it works.</summary>
    public Error? RefusalAt(DateTimeOffset now) =>
        RevokedAt is not null ? PreviewLinkErrors.Revoked
        : ExpiresAt <= now ? PreviewLinkErrors.Expired
        : null;

    /// <summary>Ends the link for good; revoking again keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
