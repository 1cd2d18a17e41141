namespace Scc.Application.Common;

/// <summary>Days as the consortium counts them: in Hong Kong.</summary>
public static class HomeCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A yyyy-MM-dd query-string date; true (with null) when absent.</summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>A date as a cursor key (midnight UTC).</summary>
    public static DateTimeOffset ToKey(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateOnly FromKey(DateTimeOffset key) => DateOnly.FromDateTime(key.UtcDateTime);
}
