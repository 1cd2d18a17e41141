using Scc.Domain.Common;

namespace Scc.Domain.Delegations;

/// <summary>A city a delegation visits.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. TH, CN.</param>
public sealed record Destination(LocalizedText City, string CountryCode);
