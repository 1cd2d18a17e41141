namespace Scc.Application.Registrations.EraseRegistration;

/// <summary>What an erasure did.</summary>
/// <param name="Erased">The registrations whose personal data was erased now (already erased ones are not listed).</param>
public sealed record ErasureReport(IReadOnlyList<Guid> Erased);
