namespace Scc.Application.Feeds;

/// <summary>Where an in-person event takes place, in the feed's language.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. HK, TH, CN.</param>
public sealed record FeedVenue(string? Name, string? Address, string? City, string? CountryCode);
