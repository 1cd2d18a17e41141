namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// The registrant's consent to the privacy statement: sending it is consenting. The time is recorded
/// when it reaches the API.
/// </summary>
/// <param name="StatementVersion">The version of the statement shown; must be the event's current one.</param>
/// <param name="Language">The language it was shown in: en or zh-Hant.</param>
public sealed record ConsentBody(string StatementVersion, string Language);
