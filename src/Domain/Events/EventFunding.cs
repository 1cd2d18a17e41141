namespace Scc.Domain.Events;

/// <summary>A funding programme that pays for an event; its disclaimer is published with the event.</summary>
public sealed record EventFunding(Guid FundingProgrammeId);
