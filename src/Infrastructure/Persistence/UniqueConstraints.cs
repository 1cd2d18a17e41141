using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence.Configurations;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// The problem a unique index's violation stands for, where it has a meaning of its own: the index is the
/// last word when two requests race past a handler's own check.
/// </summary>
public static class UniqueConstraints
{
    public static (string Code, string Detail)? Describe(string? constraintName) => constraintName switch
    {
        RegistrationConfiguration.OneLivePerEmailIndex => (RegistrationErrors.AlreadyRegistered.Code, RegistrationErrors.AlreadyRegistered.Description),
        _ => null,
    };
}
