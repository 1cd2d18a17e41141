namespace Scc.Application.Feeds;

/// <summary>The <c>Calendar</c> configuration section: how the iCalendar feeds and the registrants' <c>.ics</c> files name and keep events.</summary>
public sealed class CalendarSettings
{
    public const string Section = "Calendar";

    /// <summary>
    /// The domain part of every event's UID (<c>{id}@{domain}</c>), the same in the feeds and the registrants' files, so
    /// that a calendar holding both sees one event. A domain the consortium owns keeps the UIDs unique worldwide.
    /// </summary>
    public string UidDomain { get; set; } = "smartcity.org.hk";

    /// <summary>How often subscribed calendars are asked to fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long an event stays in the calendar feed after it ended, so that it does not vanish from subscribers'
    /// calendars the moment it is over.
    /// </summary>
    public TimeSpan KeepEndedFor { get; set; } = TimeSpan.FromDays(90);

    public string UidOf(Guid eventId) => $"{eventId}@{UidDomain}";

    /// <summary>Why the settings cannot be used, or null.</summary>
    public string? Problem() =>
        Uri.CheckHostName(UidDomain) is not (UriHostNameType.Dns) || !UidDomain.Contains('.', StringComparison.Ordinal)
            ? $"{Section}:UidDomain must be a domain name such as smartcity.org.hk (got '{UidDomain}')."
            : RefreshInterval < TimeSpan.FromMinutes(5) || RefreshInterval > TimeSpan.FromDays(7)
                ? $"{Section}:RefreshInterval must be between 00:05:00 and 7.00:00:00."
                : KeepEndedFor < TimeSpan.Zero || KeepEndedFor > TimeSpan.FromDays(3650)
                    ? $"{Section}:KeepEndedFor must be between 0 and 3650 days."
                    : null;
}
