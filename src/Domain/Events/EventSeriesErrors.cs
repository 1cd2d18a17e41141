using Scc.Domain.Common;

namespace Scc.Domain.Events;

public static class EventSeriesErrors
{
    public static Error NotFound { get; } = Error.NotFound("The event series");

    public static Error SlugTaken(string slug) => Error.Conflict("slug_taken", $"Another series already has the slug '{slug}'.");
}
