namespace Scc.Domain.Registrations;

/// <summary>The person who registers: personal data under the PDPO, never shown publicly or logged.</summary>
public sealed record Registrant(string Name, string Email, string? Phone = null, string? Company = null);
