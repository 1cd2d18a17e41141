using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence.Configurations;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// The problem a unique index's violation stands for, where it has a meaning of its own: the index is the
/// last word when two requests race past a handler's own check.
/// </summary>
public static class UniqueConstraints
{
    public const string SlugTaken = "slug_taken";

    public static (string Code, string Detail)? Describe(string? constraintName) => constraintName switch
    {
        RegistrationConfiguration.OneLivePerEmailIndex => (RegistrationErrors.AlreadyRegistered.Code, RegistrationErrors.AlreadyRegistered.Description),
        // Every aggregate's slug index is named ix_{table}_slug; a race past the handler's check is the same conflict it reports.
        { } name when name.StartsWith("ix_", StringComparison.Ordinal) && name.EndsWith("_slug", StringComparison.Ordinal) =>
            (SlugTaken, "Another resource of this kind already has this slug; choose another."),
        _ => null,
    };
}
