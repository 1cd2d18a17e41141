namespace Scc.Domain.Digests;

/// <summary>What goes in which section of a digest, and in what order.</summary>
public static class DigestRules
{
    /// <summary>
    /// Review of Major Events: activities over by the start of AsOf that ended within the period.
    /// Upcoming Activities: activities not over by then that start before the period ends, or whose
    /// registration deadline falls after AsOf and within the period (an exhibitor call for a fair in
    /// November, closing in August, is news in August; a competition with only a deadline is too).
    /// Anything else, undated activities without a deadline included, is left out.
    /// </summary>
    public static DigestSection? SectionOf(DigestCandidate candidate, DigestPeriod period, TimeZoneInfo home)
    {
        var (start, cut, end) = period.Instants(home);
        if (candidate.End is { } over && over <= cut) return over > start ? DigestSection.Review : null;
        var startsInPeriod = candidate.Start is { } begins && begins < end;
        var deadlineInPeriod = candidate.Deadline is { } deadline && deadline > cut && deadline < end;
        return startsInPeriod || deadlineInPeriod ? DigestSection.Upcoming : null;
    }

    /// <summary>
    /// The candidates that belong in the digest, in order: the review oldest first; upcoming activities the
    /// consortium's own first, then others', each soonest first (by start, else by deadline). Ties go by
    /// title, then id, so the same data always gives the same digest.
    /// </summary>
    public static IReadOnlyList<DigestEntry> Compose(IEnumerable<DigestCandidate> candidates, DigestPeriod period, TimeZoneInfo home)
    {
        var placed = candidates
            .Select(c => (Candidate: c, Section: SectionOf(c, period, home)))
            .Where(p => p.Section is not null)
            .Select(p => (p.Candidate, Section: p.Section!.Value,
                Group: p.Section == DigestSection.Upcoming ? (p.Candidate.ConsortiumOwn ? DigestGroup.Own : DigestGroup.Others) : (DigestGroup?)null))
            .ToList();
        return placed
            .OrderBy(p => p.Section)
            .ThenBy(p => p.Group ?? DigestGroup.Own)
            .ThenBy(p => p.Candidate.Start ?? p.Candidate.Deadline ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.Candidate.End ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.Candidate.SortTitle, StringComparer.Ordinal)
            .ThenBy(p => p.Candidate.Id)
            .Select(p => new DigestEntry(p.Candidate.Kind, p.Candidate.Id, p.Section, p.Group, Pinned: false))
            .ToList();
    }

    /// <summary>
    /// Applies editors' choices to composed entries: left-out items go; within each section pinned items
    /// come first (in the order they were chosen), then each group in turn, items with a position before
    /// the rest, which keep their generated order. Choices about items the period no longer brings in are ignored.
    /// </summary>
    public static IReadOnlyList<DigestEntry> Arrange(IReadOnlyList<DigestEntry> composed, IReadOnlyList<DigestItemChoice> choices)
    {
        var chosen = new Dictionary<(DigestItemKind, Guid), (DigestItemChoice Choice, int Index)>();
        for (var i = 0; i < choices.Count; i++) chosen.TryAdd((choices[i].Kind, choices[i].Id), (choices[i], i));

        return composed
            .Select((entry, index) => (Entry: entry, Index: index, Choice: chosen.TryGetValue((entry.Kind, entry.Id), out var c) ? c : ((DigestItemChoice Choice, int Index)?)null))
            .Where(x => x.Choice is not { Choice.LeftOut: true })
            .OrderBy(x => x.Entry.Section)
            .ThenBy(x => x.Choice is { Choice.Pinned: true } ? 0 : 1)
            .ThenBy(x => x.Choice is { Choice.Pinned: true } pinned ? pinned.Index : 0)
            .ThenBy(x => x.Entry.Group ?? DigestGroup.Own)
            .ThenBy(x => x.Choice?.Choice.Position ?? int.MaxValue)
            .ThenBy(x => x.Index)
            .Select(x => x.Entry with { Pinned = x.Choice is { Choice.Pinned: true } })
            .ToList();
    }
}
