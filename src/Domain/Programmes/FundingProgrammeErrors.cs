using Scc.Domain.Common;

namespace Scc.Domain.Programmes;

public static class FundingProgrammeErrors
{
    public static Error NotFound { get; } = Error.NotFound("The funding programme");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another funding programme already has the slug '{slug}'.");
}
