using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>A result reported after an event: "over 2,000 business visitors", "57% of exhibitors...".</summary>
public sealed record Outcome(
    LocalizedText Description,
    decimal? Figure = null,
    OutcomeUnit? Unit = null,
    OutcomeQualifier Qualifier = OutcomeQualifier.Exactly);
