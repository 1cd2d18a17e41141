using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Domain.Events;

/// <summary>
/// A seminar, training, forum, exhibition, pavilion, ceremony... that the consortium organises or takes part in.
/// </summary>
public sealed class Event : TrashableEntity, IHasUploadedImage
{
    private Event(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public EventStatus Status { get; private set; } = EventStatus.Draft;

    /// <summary>Why the event was postponed or cancelled, for readers.</summary>
    public LocalizedText? StatusNote { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the publication schedule publishes this draft; cleared once it is published, by hand or on time.</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    /// <summary>When the publication schedule takes this event back to draft; cleared once it is unpublished.</summary>
    public DateTimeOffset? UnpublishAt { get; private set; }

    public EventType Type { get; private set; }

    public EventFormat Format { get; private set; }

    public LocalizedText Title { get; private set; } = null!;

    public LocalizedText? Summary { get; private set; }

    public LocalizedText? Description { get; private set; }

    /// <summary>IANA id of the zone where the event happens (Asia/Hong_Kong, Asia/Bangkok...).</summary>
    public string TimeZone { get; private set; } = null!;

    public EventSchedule Schedule { get; private set; } = null!;

    /// <summary>Start of the span the event may occupy (UTC); null until a date is announced.</summary>
    public DateTimeOffset? WindowStart { get; private set; }

    /// <summary>End of the span the event may occupy (UTC); null until a date is announced.</summary>
    public DateTimeOffset? WindowEnd { get; private set; }

    public Venue? Venue { get; private set; }

    public Uri? OnlineUrl { get; private set; }

    public string? OnlinePlatform { get; private set; }

    /// <summary>The larger event this one is part of (Biz-Green Dress Day is part of Green Building Week).</summary>
    public Guid? ParentEventId { get; private set; }

    public Guid? SeriesId { get; private set; }

    public int? SeriesPosition { get; private set; }

    public IReadOnlyList<Speaker> Speakers { get; private set; } = [];

    /// <summary>The agenda, in start order, times in the event's time zone.</summary>
    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    /// <summary>The directory people among the speakers (the sessions' included), kept in a column of their own for timelines and deletions.</summary>
    public IReadOnlyList<Guid> PersonIds { get; private set; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; private set; } = [];

    public IReadOnlyList<LocalizedText> Highlights { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public RegistrationSettings Registration { get; private set; } = RegistrationSettings.None;

    public IReadOnlyList<EnquiryContact> Contacts { get; private set; } = [];

    public Uri? WebsiteUrl { get; private set; }

    public Uri? ImageUrl { get; private set; }

    /// <summary>The poster uploaded for the event, in renditions the API serves; set apart from the event's content.</summary>
    public UploadedImage? Poster { get; private set; }

    UploadedImage? IHasUploadedImage.UploadedImage => Poster;

    void IHasUploadedImage.ReplaceUploadedImage(UploadedImage? image) => Poster = image;

    // Owned rows in their own tables: EF Core adds to these lists when it loads them, so they must be lists.

    /// <summary>Organisations in their roles: organiser, co-organiser, supporting organisation, sponsor...</summary>
    public IReadOnlyList<EventOrganisation> Organisations { get; private set; } = new List<EventOrganisation>();

    public IReadOnlyList<EventFunding> Funding { get; private set; } = new List<EventFunding>();

    /// <summary>The standing programme that hosts the event (the GeoLab...).</summary>
    public Guid? ProgrammeId { get; private set; }

    /// <summary>
    /// The iCalendar SEQUENCE of the event as registrants' calendars hold it: raised at every change they are told of,
    /// so that the <c>.ics</c> in the change's e-mail replaces the one they imported.
    /// </summary>
    public int CalendarSequence { get; private set; }

    /// <summary>The arrangements registrants plan around, as they are now.</summary>
    public EventArrangements Arrangements => new(Status, StatusNote, Schedule, TimeZone, Venue, OnlineUrl);

    // A field, not a property: the change is not part of the row, but the outbox row written by the same save.
    private EventChange? _changeOwed;

    /// <summary>The change registrants are to be told of since the event was loaded or last saved, if any; handed over once.</summary>
    public EventChange? TakeChangeOwed()
    {
        var owed = _changeOwed;
        _changeOwed = null;
        return owed;
    }

    /// <summary>
    /// Records a change of arrangements registrants must hear of. Drafts have nobody registered; several changes in one
    /// save are told as one, from the first state to the last.
    /// </summary>
    private void NoteChangeFrom(EventArrangements before)
    {
        var after = Arrangements;
        if (before.Status == EventStatus.Draft || !before.DiffersForRegistrants(after)) return;
        CalendarSequence++;
        _changeOwed = new EventChange(_changeOwed?.Before ?? before, after, CalendarSequence);
    }

    /// <summary>A new draft event.</summary>
    public static Result<Event> Create(Guid id, string slug, EventContent content)
    {
        var evt = new Event(id, slug);
        var applied = evt.Apply(content);
        return applied.IsSuccess ? evt : applied.Error!;
    }

    /// <summary>Replaces everything an editor writes; the status is left as it is.</summary>
    public Result Update(string slug, EventContent content)
    {
        if (content.ParentEventId == Id) return EventErrors.ParentIsSelf;
        var before = Arrangements;
        var applied = Apply(content);
        if (!applied.IsSuccess) return applied;
        Slug = slug;
        NoteChangeFrom(before);
        return applied;
    }

    public Result Publish(DateTimeOffset now)
    {
        if (Status is not (EventStatus.Draft or EventStatus.Postponed))
            return EventErrors.InvalidTransition(Status, "published");
        var before = Arrangements;
        Status = EventStatus.Published;
        StatusNote = null;
        PublishedAt ??= now;
        PublishAt = null;
        NoteChangeFrom(before);
        return Result.Success();
    }

    /// <summary>
    /// Takes a public event back to draft, out of every list and feed. Not with live registrations: their holders would
    /// lose the event; cancel it instead. Nobody registered, nobody is told.
    /// </summary>
    public Result Unpublish(bool hasLiveRegistrations)
    {
        if (Status == EventStatus.Draft) return EventErrors.InvalidTransition(Status, "unpublished");
        if (hasLiveRegistrations) return EventErrors.HasLiveRegistrations;
        Status = EventStatus.Draft;
        StatusNote = null;
        UnpublishAt = null;
        return Result.Success();
    }

    /// <summary>
    /// Plans the publication of a draft and, optionally, its return to draft (null clears either). Only a draft may be
    /// given a publication time; a public event may be given a take-down time.
    /// </summary>
    public Result SchedulePublication(DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, DateTimeOffset now)
    {
        if (publishAt is not null && Status != EventStatus.Draft) return EventErrors.InvalidTransition(Status, "scheduled for publication");
        var valid = PublicationSchedule.Check(publishAt, unpublishAt, now);
        if (!valid.IsSuccess) return valid;
        // Kept in UTC, as every instant is stored; the answer gives them back in UTC.
        PublishAt = publishAt?.ToUniversalTime();
        UnpublishAt = unpublishAt?.ToUniversalTime();
        return valid;
    }

    /// <summary>Drops the take-down time the schedule could not carry out (live registrations came in meanwhile).</summary>
    public void ForgetUnpublishAt() => UnpublishAt = null;

    public Result Postpone(LocalizedText? note)
    {
        if (Status != EventStatus.Published) return EventErrors.InvalidTransition(Status, "postponed");
        var before = Arrangements;
        Status = EventStatus.Postponed;
        StatusNote = note;
        NoteChangeFrom(before);
        return Result.Success();
    }

    public Result Cancel(LocalizedText? note)
    {
        if (Status == EventStatus.Cancelled) return EventErrors.InvalidTransition(Status, "cancelled");
        var before = Arrangements;
        Status = EventStatus.Cancelled;
        StatusNote = note;
        PublishAt = null;
        NoteChangeFrom(before);
        return Result.Success();
    }

    /// <summary>
    /// Replaces a registration's answers with new ones that fit this event's questions (required ones answered);
    /// false when they are the same as the stored ones.
    /// </summary>
    public Result<bool> ReplaceAnswers(Registration registration, IReadOnlyList<Answer> answers)
    {
        var checkedAnswers = Registration.CheckAnswers(answers);
        return checkedAnswers.IsSuccess ? registration.ReplaceAnswers(checkedAnswers.Value) : checkedAnswers.Error!;
    }

    /// <summary>
    /// Decides a new registration: registration must be open (published, handled here, within its window),
    /// one live registration per email; an exhibitor application waits for the staff; an attendee gets a seat
    /// when one is free and nobody is queueing for it, else the next place on the waiting list when there is
    /// one, else the event is full. <paramref name="tally"/> must be read under a lock on the event.
    /// </summary>
    public Result<Registration> Register(RegistrationRequest request, RegistrationTally tally, DateTimeOffset now)
    {
        var settings = Registration;
        if (!TakesRegistrationsAt(now)) return RegistrationErrors.Closed;
        if (!settings.Offers(request.Kind)) return RegistrationErrors.KindNotOffered(request.Kind);
        if (request.Kind == RegistrationKind.Exhibitor && request.Exhibitor is null) return RegistrationErrors.ExhibitorDetailsRequired;
        if (settings.PrivacyStatementVersion is { } version && !string.Equals(version, request.StatementVersion, StringComparison.Ordinal))
            return RegistrationErrors.StatementVersionMismatch(version);
        var answers = settings.CheckAnswers(request.Answers ?? []);
        if (!answers.IsSuccess) return answers.Error!;
        if (tally.EmailTaken) return RegistrationErrors.AlreadyRegistered;

        RegistrationStatus status;
        int? position = null;
        if (request.Kind == RegistrationKind.Exhibitor) status = RegistrationStatus.Pending;
        else if (settings.Capacity is not { } capacity || tally.SeatsTaken < capacity && tally.Waitlisted == 0) status = RegistrationStatus.Confirmed;
        else if (settings.WaitingList) (status, position) = (RegistrationStatus.Waitlisted, tally.Waitlisted + 1);
        else return RegistrationErrors.Full;
        var consent = new Consent(request.StatementVersion, request.Language, now);
        return Registrations.Registration.Create(request.Id, Id, request.Kind, status, position, request.Registrant,
            request.Kind == RegistrationKind.Exhibitor ? request.Exhibitor : null, answers.Value, consent, request.ManageTokenHash,
            request.ProtectedManageToken, request.Source);
    }

    /// <summary>
    /// Decides submissions that arrived together, in their order, each with those accepted before it counted in: their
    /// seats, their places on the waiting list and their e-mails. <paramref name="tally"/> and <paramref name="emailsTaken"/>
    /// (which of the submissions' e-mail keys already hold a live registration) must be read under a lock on the event.
    /// </summary>
    public IReadOnlyList<Result<Registration>> RegisterInOrder(
        IReadOnlyList<RegistrationRequest> requests, RegistrationTally tally, IReadOnlySet<string> emailsTaken, DateTimeOffset now)
    {
        var taken = new HashSet<string>(emailsTaken, StringComparer.Ordinal);
        var outcomes = new Result<Registration>[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var emailKey = Registrations.Registration.EmailKeyOf(requests[i].Registrant.Email);
            outcomes[i] = Register(requests[i], tally with { EmailTaken = taken.Contains(emailKey) }, now);
            if (!outcomes[i].IsSuccess) continue;
            tally = tally.With(outcomes[i].Value);
            taken.Add(emailKey);
        }
        return outcomes;
    }

    /// <summary>
    /// Accepts a pending exhibitor application while a booth is free: with <see cref="RegistrationSettings.ExhibitorBooths"/>
    /// set, no more exhibitors than that may hold a booth (<see cref="Registrations.Registration.HoldsBoothAs"/>).
    /// <paramref name="tally"/> must be read under a lock on the event, so that two approvals cannot take the last booth both.
    /// </summary>
    public Result Approve(Registration application, RegistrationTally tally, LocalizedText? note = null)
    {
        if (application.Status == RegistrationStatus.Pending && Registration.ExhibitorBooths is { } booths && tally.BoothsHeld >= booths)
            return RegistrationErrors.BoothsFull(booths);
        return application.Approve(note);
    }

    /// <summary>Published, registered for here, within the registration window, and not over.</summary>
    private bool TakesRegistrationsAt(DateTimeOffset now) =>
        Status == EventStatus.Published && Registration.Mode == RegistrationMode.Internal && Registration.IsOpenAt(now) &&
        !(WindowEnd is { } end && end <= now);

    /// <summary>
    /// A registrant corrects their name, phone, company and answers (the address stays: it is who they are), while the
    /// event still takes registrations; false when nothing differs.
    /// </summary>
    public Result<bool> CorrectRegistration(Registration registration, string name, string? phone, string? company, IReadOnlyList<Answer> answers, DateTimeOffset now)
    {
        if (!TakesRegistrationsAt(now)) return RegistrationErrors.Closed;
        var checkedAnswers = Registration.CheckAnswers(answers);
        if (!checkedAnswers.IsSuccess) return checkedAnswers.Error!;
        var details = registration.UpdateDetails(registration.Registrant with { Name = name, Phone = phone, Company = company }, registration.Exhibitor);
        if (!details.IsSuccess) return details.Error!;
        var replaced = registration.ReplaceAnswers(checkedAnswers.Value);
        if (!replaced.IsSuccess) return replaced.Error!;
        return details.Value || replaced.Value;
    }

    /// <summary>How many waitlisted people to move to seats when <paramref name="seatsTaken"/> seats are taken.</summary>
    public int SeatsToFill(int seatsTaken, int waitlisted) =>
        Registration.Capacity is { } capacity ? Math.Clamp(capacity - seatsTaken, 0, waitlisted) : waitlisted;

    /// <summary>
    /// The reminders whose moment has come: the event is published and dated (not tentative), has not started, and
    /// <c>now</c> is at least the offset before its start. <paramref name="defaultMinutesBefore"/> applies unless the event
    /// sets its own. A registration is reminded of an offset only if it existed at that moment
    /// (<see cref="ReminderMoment"/>): someone who registers later has just had their confirmation.
    /// </summary>
    public IReadOnlyList<int> RemindersDue(IReadOnlyList<int> defaultMinutesBefore, DateTimeOffset now)
    {
        if (Status != EventStatus.Published || Schedule.Kind is not (ScheduleKind.Timed or ScheduleKind.AllDay) ||
            WindowStart is not { } start || start <= now)
            return [];
        return [.. (Registration.ReminderMinutesBefore ?? defaultMinutesBefore).Where(minutes => start.AddMinutes(-minutes) <= now).Distinct()];
    }

    /// <summary>The moment the reminder <paramref name="minutesBefore"/> the start falls due.</summary>
    public DateTimeOffset ReminderMoment(int minutesBefore) =>
        (WindowStart ?? throw new InvalidOperationException("The event has no date.")).AddMinutes(-minutesBefore);

    /// <summary>Only drafts and cancelled events may go: a published event is announced somewhere.</summary>
    /// <summary>
    /// Drafts and cancelled events may be deleted (moved to the trash), and only without live registrations: their holders
    /// would lose the event without a word. A cancelled event keeps telling them it is cancelled.
    /// </summary>
    public Result EnsureDeletable(bool hasLiveRegistrations)
    {
        if (Status is not (EventStatus.Draft or EventStatus.Cancelled)) return EventErrors.NotDeletable(Status);
        return hasLiveRegistrations ? EventErrors.DeletedWithLiveRegistrations : Result.Success();
    }

    private Result Apply(EventContent content)
    {
        if (!TryFindTimeZone(content.TimeZone, out var timeZone)) return EventErrors.UnknownTimeZone(content.TimeZone);
        var schedule = content.Schedule.Normalize(timeZone);
        if (!schedule.IsSuccess) return schedule.Error!;
        if (content.Registration is { OpensAt: { } opens, ClosesAt: { } closes } && closes <= opens)
            return EventErrors.EndsBeforeStart("registration.closesAt");
        for (var i = 0; i < content.Speakers.Count; i++)
        {
            if (content.Speakers[i].PersonId is null && content.Speakers[i].Name is null) return EventErrors.SpeakerWithoutPerson(i);
        }
        var sessions = content.Sessions ?? [];
        var window = schedule.Value.Window(timeZone);
        for (var i = 0; i < sessions.Count; i++)
        {
            if (SessionError(sessions[i], i, window, timeZone) is { } sessionError) return sessionError;
            for (var j = 0; j < (sessions[i].Speakers?.Count ?? 0); j++)
            {
                if (sessions[i].Speakers![j] is { PersonId: null, Name: null }) return EventErrors.SessionWithoutPerson(i, j);
            }
        }
        if (content.Organisations.Distinct().Count() != content.Organisations.Count)
            return Error.Invalid("organisations", "The same organisation is listed twice in the same role.");

        Type = content.Type;
        Format = content.Format;
        Title = content.Title;
        Summary = content.Summary;
        Description = content.Description;
        TimeZone = timeZone.Id;
        Schedule = schedule.Value;
        WindowStart = window?.Start;
        WindowEnd = window?.End;
        Venue = content.Format == EventFormat.Online ? null : content.Venue;
        OnlineUrl = content.OnlineUrl;
        OnlinePlatform = content.OnlinePlatform;
        ParentEventId = content.ParentEventId;
        SeriesId = content.SeriesId;
        SeriesPosition = content.SeriesId is null ? null : content.SeriesPosition;
        Speakers = [.. content.Speakers];
        Sessions = [.. sessions.Select(s => InZone(s, timeZone)).OrderBy(s => s.Date).ThenBy(s => s.StartsAt)];
        PersonIds = [.. Speakers.Concat(Sessions.SelectMany(s => s.Speakers!)).Select(s => s.PersonId).OfType<Guid>().Distinct()];
        Outcomes = [.. content.Outcomes];
        Highlights = [.. content.Highlights];
        Tags = [.. content.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        Registration = content.Registration;
        Contacts = [.. content.Contacts];
        WebsiteUrl = content.WebsiteUrl;
        ImageUrl = content.ImageUrl;
        Organisations = content.Organisations.ToList();
        Funding = content.FundingProgrammeIds.Distinct().Select(id => new EventFunding(id)).ToList();
        ProgrammeId = content.ProgrammeId;
        return Result.Success();
    }

    /// <summary>
    /// Why a session cannot be on this event, or null: a session has a start and an end within the event, or when its
    /// times are not known, a date among the event's days.
    /// </summary>
    private static Error? SessionError(Session session, int index, (DateTimeOffset Start, DateTimeOffset End)? window, TimeZoneInfo timeZone)
    {
        if (session.StartsAt is null != session.EndsAt is null) return EventErrors.SessionHalfTimed(index);
        if (session.StartsAt is { } starts && session.EndsAt is { } ends)
        {
            if (ends <= starts) return EventErrors.EndsBeforeStart($"sessions[{index}].endsAt");
            if (window is { } w && (starts < w.Start || ends > w.End)) return EventErrors.SessionOutsideEvent(index, "startsAt");
            if (session.Date is { } date && date != DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(starts, timeZone).DateTime))
                return EventErrors.SessionDateDiffers(index);
            return null;
        }
        if (session.Date is not { } day) return EventErrors.SessionWithoutTimes(index);
        if (window is { } eventWindow &&
            (EventSchedule.StartOfDay(day, timeZone) >= eventWindow.End || EventSchedule.StartOfDay(day.AddDays(1), timeZone) <= eventWindow.Start))
            return EventErrors.SessionOutsideEvent(index, "date");
        return null;
    }

    /// <summary>The session with its times at the zone's offset and its day set.</summary>
    private static Session InZone(Session session, TimeZoneInfo timeZone)
    {
        if (session.StartsAt is not { } starts || session.EndsAt is not { } ends) return session with { Speakers = session.Speakers ?? [] };
        var localStart = TimeZoneInfo.ConvertTime(starts, timeZone);
        return session with
        {
            StartsAt = localStart,
            EndsAt = TimeZoneInfo.ConvertTime(ends, timeZone),
            Date = DateOnly.FromDateTime(localStart.DateTime),
            Speakers = session.Speakers ?? [],
        };
    }

    /// <summary>IANA ids only: Windows ids and offsets such as "UTC+8" are refused.</summary>
    public static bool TryFindTimeZone(string? id, out TimeZoneInfo timeZone)
    {
        timeZone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || !id.Contains('/', StringComparison.Ordinal) && id != "UTC") return false;
        // The id must match exactly: the zone cache would otherwise accept "asia/hong_kong" after a first lookup.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId || !string.Equals(found.Id, id, StringComparison.Ordinal))
            return false;
        timeZone = found;
        return true;
    }
}
