using Scc.Domain.Common;

namespace Scc.Domain.Mous;

/// <summary>A memorandum of understanding between organisations (depa and SCC, 13 July 2023, Bangkok).</summary>
public sealed class Mou : TrashableEntity
{
    private Mou(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public MouVisibility Visibility { get; private set; } = MouVisibility.Draft;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the publication schedule publishes this draft; cleared once it is published, by hand or on time.</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    public LocalizedText Title { get; private set; } = null!;

    public LocalizedText? Purpose { get; private set; }

    public LocalizedText? Scope { get; private set; }

    public IReadOnlyList<MouParty> Parties { get; private set; } = [];

    public DateOnly SignedOn { get; private set; }

    public SigningPlace? SignedAt { get; private set; }

    /// <summary>The event at which it was signed.</summary>
    public Guid? SignedAtEventId { get; private set; }

    /// <summary>The delegation during which it was signed.</summary>
    public Guid? DelegationId { get; private set; }

    /// <summary>The organisation that arranged the signing (HKTDC).</summary>
    public Guid? FacilitatorOrganisationId { get; private set; }

    /// <summary>When the MoU takes effect; null means on signing.</summary>
    public DateOnly? EffectiveFrom { get; private set; }

    /// <summary>The last day of its term; null means open-ended.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? TerminatedOn { get; private set; }

    public LocalizedText? TerminationNote { get; private set; }

    public IReadOnlyList<Guid> FollowUpEventIds { get; private set; } = [];

    public IReadOnlyList<Guid> FollowUpDelegationIds { get; private set; } = [];

    /// <summary>The parties' organisations, kept for filtering.</summary>
    public IReadOnlyList<Guid> PartyOrganisationIds { get; private set; } = [];

    /// <summary>A new draft MoU.</summary>
    public static Result<Mou> Create(Guid id, string slug, MouContent content)
    {
        var mou = new Mou(id, slug);
        var applied = mou.Apply(content);
        return applied.IsSuccess ? mou : applied.Error!;
    }

    /// <summary>Replaces everything an editor writes; visibility and termination are left as they are.</summary>
    public Result Update(string slug, MouContent content)
    {
        var applied = Apply(content);
        if (applied.IsSuccess) Slug = slug;
        return applied;
    }

    /// <summary>Plans the publication of a draft (null clears it).</summary>
    public Result SchedulePublication(DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (publishAt is not null && Visibility != MouVisibility.Draft) return MouErrors.InvalidTransition(Visibility, "scheduled for publication");
        var valid = PublicationSchedule.Check(publishAt, null, now);
        // Kept in UTC, as every instant is stored; the answer gives it back in UTC.
        if (valid.IsSuccess) PublishAt = publishAt?.ToUniversalTime();
        return valid;
    }

    public Result Publish(DateTimeOffset now)
    {
        if (Visibility != MouVisibility.Draft) return MouErrors.InvalidTransition(Visibility, "published");
        Visibility = MouVisibility.Published;
        PublishAt = null;
        PublishedAt ??= now;
        return Result.Success();
    }

    /// <summary>Ends the MoU early, from <paramref name="on"/>.</summary>
    public Result Terminate(DateOnly on, LocalizedText? note)
    {
        if (TerminatedOn is not null) return MouErrors.AlreadyTerminated;
        if (on < SignedOn) return MouErrors.TerminatedBeforeSigned;
        TerminatedOn = on;
        TerminationNote = note;
        return Result.Success();
    }

    /// <summary>Only drafts may go: a published MoU is a public record, and is terminated instead.</summary>
    public Result EnsureDeletable() => Visibility == MouVisibility.Draft ? Result.Success() : MouErrors.NotDeletable;

    public MouStatus StatusOn(DateOnly today) => StatusOn(today, SignedOn, EffectiveFrom, ExpiresOn, TerminatedOn);

    /// <summary>
    /// Terminated once a termination is recorded; otherwise pending before it takes effect (effectiveFrom,
    /// else the signing date), expired after its last day, else active.
    /// </summary>
    public static MouStatus StatusOn(DateOnly today, DateOnly signedOn, DateOnly? effectiveFrom, DateOnly? expiresOn, DateOnly? terminatedOn)
    {
        if (terminatedOn is not null) return MouStatus.Terminated;
        if (today < (effectiveFrom ?? signedOn)) return MouStatus.Pending;
        if (expiresOn is { } last && today > last) return MouStatus.Expired;
        return MouStatus.Active;
    }

    private Result Apply(MouContent content)
    {
        if (content.Parties.Select(p => p.OrganisationId).Distinct().Count() < 2 ||
            content.Parties.Select(p => p.OrganisationId).Distinct().Count() != content.Parties.Count)
            return MouErrors.TooFewParties;
        if (content.ExpiresOn is { } expires && expires < (content.EffectiveFrom ?? content.SignedOn))
            return MouErrors.ExpiresBeforeEffective;

        Title = content.Title;
        Purpose = content.Purpose;
        Scope = content.Scope;
        Parties = [.. content.Parties];
        SignedOn = content.SignedOn;
        SignedAt = content.SignedAt is null ? null : content.SignedAt with { CountryCode = content.SignedAt.CountryCode.ToUpperInvariant() };
        SignedAtEventId = content.SignedAtEventId;
        DelegationId = content.DelegationId;
        FacilitatorOrganisationId = content.FacilitatorOrganisationId;
        EffectiveFrom = content.EffectiveFrom;
        ExpiresOn = content.ExpiresOn;
        FollowUpEventIds = [.. content.FollowUpEventIds.Distinct()];
        FollowUpDelegationIds = [.. content.FollowUpDelegationIds.Distinct()];
        PartyOrganisationIds = [.. Parties.Select(p => p.OrganisationId)];
        return Result.Success();
    }
}
