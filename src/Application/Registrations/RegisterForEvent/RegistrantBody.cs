using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>The person registering. Personal data: shown only to them (manage link) and to the staff.</summary>
public sealed record RegistrantBody(string Name, string Email, string? Phone = null, string? Company = null)
{
    public Registrant ToRegistrant() => new(Name.Trim(), Email.Trim(), Phone?.Trim(), Company?.Trim());
}
