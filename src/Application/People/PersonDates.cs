using System.Globalization;
using Scc.Application.Events.ListEvents;

namespace Scc.Application.People;

/// <summary>Days as people's titles are dated: calendar days in Hong Kong, the consortium's home.</summary>
public static class PersonDates
{
    /// <summary>A date written yyyy-MM-dd; true with null when there is none.</summary>
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>Today in Hong Kong.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), EventListFilters.HomeZone).DateTime);
}
