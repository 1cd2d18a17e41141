using Scc.Domain.Common;

namespace Scc.Domain.Partnerships;

/// <summary>The person to talk to at the partner.</summary>
public sealed record PartnerContact(LocalizedText Name, string? Email = null, string? Phone = null);
