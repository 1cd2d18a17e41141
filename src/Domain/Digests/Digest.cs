using Scc.Domain.Common;

namespace Scc.Domain.Digests;

/// <summary>
/// A saved newsletter: a period, an introduction and the editors' choices about the items the period brings
/// in. The items themselves are composed from the data whenever the digest is read.
/// </summary>
public sealed class Digest : TrashableEntity
{
    private Digest(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public DigestStatus Status { get; private set; } = DigestStatus.Draft;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the publication schedule publishes this draft; cleared once it is published, by hand or on time.</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    public LocalizedText Title { get; private set; } = null!;

    /// <summary>The editor's opening words, in both languages ("Dear SCC Members and Friends...").</summary>
    public LocalizedText? Introduction { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<DigestItemChoice> Items { get; private set; } = [];

    public DigestPeriod Period => new(From, To, AsOf);

    /// <summary>A new draft digest for <paramref name="period"/>, with no choices made yet.</summary>
    public static Digest Create(Guid id, string slug, LocalizedText title, LocalizedText? introduction, DigestPeriod period)
    {
        var digest = new Digest(id, slug);
        digest.Apply(slug, title, introduction, period, []);
        return digest;
    }

    /// <summary>
    /// Replaces what editors write. <paramref name="available"/> are the items the period brings in: a
    /// choice about anything else is refused, and so is a second choice about the same item.
    /// </summary>
    public Result Edit(string slug, LocalizedText title, LocalizedText? introduction, DigestPeriod period,
        IReadOnlyList<DigestItemChoice> items, IReadOnlyCollection<(DigestItemKind Kind, Guid Id)> available)
    {
        if (Status != DigestStatus.Draft) return DigestErrors.NotEditable;
        var seen = new HashSet<(DigestItemKind, Guid)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add((items[i].Kind, items[i].Id))) return DigestErrors.ItemChosenTwice(i);
            if (!available.Contains((items[i].Kind, items[i].Id))) return DigestErrors.ItemNotInDigest(i);
        }
        Apply(slug, title, introduction, period, items);
        return Result.Success();
    }

    /// <summary>Plans the publication of a draft (null clears it).</summary>
    public Result SchedulePublication(DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (publishAt is not null && Status != DigestStatus.Draft) return DigestErrors.InvalidTransition(Status, "scheduled for publication");
        var valid = PublicationSchedule.Check(publishAt, null, now);
        // Kept in UTC, as every instant is stored; the answer gives it back in UTC.
        if (valid.IsSuccess) PublishAt = publishAt?.ToUniversalTime();
        return valid;
    }

    public Result Publish(DateTimeOffset now)
    {
        if (Status != DigestStatus.Draft) return DigestErrors.InvalidTransition(Status, "published");
        Status = DigestStatus.Published;
        PublishAt = null;
        PublishedAt = now;
        return Result.Success();
    }

    /// <summary>Only drafts may go: a published digest has been sent.</summary>
    public Result EnsureDeletable() => Status == DigestStatus.Draft ? Result.Success() : DigestErrors.NotDeletable;

    /// <summary>The composed entries of the period, arranged as the editors chose.</summary>
    public IReadOnlyList<DigestEntry> Arrange(IReadOnlyList<DigestEntry> composed) => DigestRules.Arrange(composed, Items);

    private void Apply(string slug, LocalizedText title, LocalizedText? introduction, DigestPeriod period, IReadOnlyList<DigestItemChoice> items)
    {
        Slug = slug;
        Title = title;
        Introduction = introduction is { IsEmpty: false } ? introduction : null;
        From = period.From;
        To = period.To;
        AsOf = period.AsOf;
        Items = [.. items];
    }
}
