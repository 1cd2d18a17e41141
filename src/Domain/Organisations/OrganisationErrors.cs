using Scc.Domain.Common;

namespace Scc.Domain.Organisations;

public static class OrganisationErrors
{
    public static Error NotFound { get; } = Error.NotFound("The organisation");

    public static Error Missing(string field) => Error.Invalid(field, "No organisation has this id.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another organisation already has the slug '{slug}'.");

    public static Error InUse(string usage) =>
        Error.Conflict("organisation_in_use", $"The organisation is still referred to by {usage}; remove those references first.");
}
