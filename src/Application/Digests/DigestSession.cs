using Scc.Domain.Common;

namespace Scc.Application.Digests;

/// <summary>
/// One part of an event's agenda in a digest, its day and times (null when not known), its speakers as people with their
/// titles on the day.
/// </summary>
public sealed record DigestSession(
    DateOnly Date, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, LocalizedText Title, LocalizedText? Room, IReadOnlyList<DigestPerson> People);
