using Scc.Domain.Common;

namespace Scc.Domain.Mous;

/// <summary>Where an MoU was signed.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. TH.</param>
public sealed record SigningPlace(LocalizedText Place, string CountryCode);
