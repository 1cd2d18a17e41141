using Scc.Domain.Common;

namespace Scc.Domain.Partnerships;

public static class PartnershipErrors
{
    public static Error NotFound { get; } = Error.NotFound("The partnership");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another partnership already has the slug '{slug}'.");
}
