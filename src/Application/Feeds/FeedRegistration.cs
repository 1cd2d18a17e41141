namespace Scc.Application.Feeds;

/// <summary>Whether and where a reader can register.</summary>
/// <param name="Availability">none, open, notYetOpen, closed, external, waitlist or full.</param>
/// <param name="Url">Where to register, when the organiser gave a page.</param>
/// <param name="OpensAt">When registration opens, if later than now.</param>
/// <param name="ClosesAt">The closing date, which may be well before the event.</param>
public sealed record FeedRegistration(FeedAvailability Availability, Uri? Url, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, bool IsFree);
