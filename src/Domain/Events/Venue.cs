using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>Where an in-person event takes place.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. HK, TH, CN.</param>
public sealed record Venue(LocalizedText Name, LocalizedText? Address = null, LocalizedText? City = null, string? CountryCode = null);
