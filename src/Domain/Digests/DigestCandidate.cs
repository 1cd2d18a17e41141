namespace Scc.Domain.Digests;

/// <summary>
/// A published activity as the digest rules see it: when it happens as instants (null when not known), its
/// registration deadline, and whether the consortium organises it.
/// </summary>
/// <param name="Start">The earliest moment it may start; null while undated.</param>
/// <param name="End">The moment it is over; null while undated.</param>
/// <param name="Deadline">When registration or applications close, which may fall long before the activity.</param>
/// <param name="ConsortiumOwn">The consortium organises or co-organises it (or, for an MoU or a delegation, is a party or the organiser).</param>
/// <param name="SortTitle">Breaks ties between items with the same dates, so that the order never depends on the database.</param>
public sealed record DigestCandidate(
    DigestItemKind Kind,
    Guid Id,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    DateTimeOffset? Deadline,
    bool ConsortiumOwn,
    string SortTitle);
