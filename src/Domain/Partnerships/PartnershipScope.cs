namespace Scc.Domain.Partnerships;

/// <summary>What a partnership covers: one event, an event series, a programme, or a period of time.</summary>
public sealed record PartnershipScope(PartnershipScopeKind Kind, Guid? EventId = null, Guid? SeriesId = null, Guid? ProgrammeId = null);
