namespace Scc.Application.Feeds;

/// <summary>A funding programme of an event and the disclaimer that must be published with it.</summary>
public sealed record FeedFundingNotice(Guid FundingProgrammeId, string? Acronym, string? Name, string? Disclaimer);
