using Scc.Domain.Common;

namespace Scc.Domain.Digests;

/// <summary>
/// What a digest covers: the days <see cref="From"/> to <see cref="To"/> (inclusive), written on
/// <see cref="AsOf"/>; what ended before that day is reviewed, what is still to come is announced.
/// Days are calendar days in the consortium's home time zone.
/// </summary>
public sealed record DigestPeriod(DateOnly From, DateOnly To, DateOnly AsOf)
{
    /// <summary>A period whose days are in order: From ≤ AsOf ≤ To.</summary>
    public static Result<DigestPeriod> Create(DateOnly from, DateOnly to, DateOnly asOf)
    {
        if (to < from) return DigestErrors.PeriodEndsBeforeStart;
        if (asOf < from || asOf > to) return DigestErrors.AsOfOutsidePeriod;
        return new DigestPeriod(from, to, asOf);
    }

    /// <summary>The period's instants in <paramref name="home"/>: its first moment, the start of AsOf, and the moment after its last day.</summary>
    public (DateTimeOffset Start, DateTimeOffset Cut, DateTimeOffset End) Instants(TimeZoneInfo home) =>
        (StartOfDay(From, home), StartOfDay(AsOf, home), StartOfDay(To.AddDays(1), home));

    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
