using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous;

/// <summary>What an editor sends to create or replace an MoU.</summary>
public abstract record MouBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English title when left out.</summary>
    public string? Slug { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Purpose { get; init; }

    public LocalizedText? Scope { get; init; }

    /// <summary>At least two different existing organisations, each with who signed for it.</summary>
    public required IReadOnlyList<MouParty> Parties { get; init; }

    /// <summary>The signing date (yyyy-MM-dd).</summary>
    public required DateOnly SignedOn { get; init; }

    public SigningPlace? SignedAt { get; init; }

    /// <summary>The event at which it was signed.</summary>
    public Guid? SignedAtEventId { get; init; }

    /// <summary>The delegation during which it was signed.</summary>
    public Guid? DelegationId { get; init; }

    /// <summary>The organisation that arranged the signing.</summary>
    public Guid? FacilitatorOrganisationId { get; init; }

    /// <summary>When it takes effect; left out, on signing.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The last day of its term; not before effectiveFrom (else signedOn). Left out, open-ended.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>Events held as follow-up activities.</summary>
    public IReadOnlyList<Guid>? FollowUpEventIds { get; init; }

    /// <summary>Delegations made as follow-up activities.</summary>
    public IReadOnlyList<Guid>? FollowUpDelegationIds { get; init; }

    public MouContent ToContent() => new(
        Title, Purpose, Scope, Parties, SignedOn, SignedAt, SignedAtEventId, DelegationId, FacilitatorOrganisationId,
        EffectiveFrom, ExpiresOn, FollowUpEventIds ?? [], FollowUpDelegationIds ?? []);

    /// <summary>The slug to use: the one given, else one made from the title.</summary>
    public string SlugOrFromTitle() =>
        Slug ?? (Domain.Common.Slug.From(Title.En) is { Length: > 0 } fromEnglish ? fromEnglish : "mou");
}
