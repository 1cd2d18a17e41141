using Scc.Domain.Common;

namespace Scc.Domain.Programmes;

public static class ProgrammeErrors
{
    public static Error NotFound { get; } = Error.NotFound("The programme");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another programme already has the slug '{slug}'.");
}
