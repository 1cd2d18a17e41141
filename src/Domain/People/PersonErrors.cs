using Scc.Domain.Common;

namespace Scc.Domain.People;

public static class PersonErrors
{
    public static Error NotFound { get; } = Error.NotFound("The person");

    public static Error Missing(string field) => Error.Invalid(field, "No person has this id.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another person already has the slug '{slug}'.");

    public static Error InUse(string usage) =>
        Error.Conflict("person_in_use", $"The person is still referred to by {usage}; remove those references first.");
}
