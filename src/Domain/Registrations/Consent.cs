namespace Scc.Domain.Registrations;

/// <summary>The registrant's consent to the collection of their data, as the PDPO requires it recorded.</summary>
/// <param name="StatementVersion">The version of the privacy statement the registrant was shown.</param>
/// <param name="Language">The language it was shown in: en or zh-Hant.</param>
/// <param name="GivenAt">When the consent reached us.</param>
public sealed record Consent(string StatementVersion, string Language, DateTimeOffset GivenAt);
