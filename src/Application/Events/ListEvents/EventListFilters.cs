using System.Globalization;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;

namespace Scc.Application.Events.ListEvents;

/// <summary>Parsing of the list's query-string values, shared by the validator and the handler.</summary>
public static partial class EventListFilters
{
    public const string SortByStart = "startsAt";
    public const string SortByStartDescending = "-startsAt";
    public static readonly string[] Sorts = [SortByStart, SortByStartDescending];
    public static readonly string[] Whens = ["upcoming", "past", "all"];

    /// <summary>Dates without a time are days in Hong Kong, the consortium's home.</summary>
    public static readonly TimeZoneInfo HomeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    /// <summary>An ISO 8601 instant with offset, or a date (yyyy-MM-dd) read as the start of that day in Hong Kong.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(TimeOnly.MinValue);
            instant = new DateTimeOffset(local, HomeZone.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        // An instant must say its offset: a local time would be read in the server's zone.
        if (HasOffset().IsMatch(text) &&
            DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            instant = parsed.ToUniversalTime();
            return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex HasOffset();

    public static IReadOnlyList<EventType> Types(string? text) =>
        EnumNames<EventType>.TryParseList(text, out var values) ? values : [];

    public static IReadOnlyList<EventStatus> Statuses(string? text) =>
        EnumNames<EventStatus>.TryParseList(text, out var values) ? values : [];
}
