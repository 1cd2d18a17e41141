using System.Linq.Expressions;
using Scc.Domain.Common;

namespace Scc.Domain.Registrations;

/// <summary>
/// One person's registration for an event, or one company's exhibitor application. Made only by
/// <see cref="Events.Event.Register"/>, which decides its first status.
/// </summary>
public sealed class Registration : Entity
{
    private Registration(Guid id) : base(id) { }

    public Guid EventId { get; private set; }

    public RegistrationKind Kind { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>1-based place on the waiting list while waitlisted; positions of an event run without gaps.</summary>
    public int? WaitlistPosition { get; private set; }

    public Registrant Registrant { get; private set; } = null!;

    /// <summary>The lower-cased email: one live registration per email and event.</summary>
    public string EmailKey { get; private set; } = null!;

    public ExhibitorDetails? Exhibitor { get; private set; }

    /// <summary>Answers to the event's custom questions, in the questions' order.</summary>
    public IReadOnlyList<Answer> Answers { get; private set; } = [];

    public Consent Consent { get; private set; } = null!;

    /// <summary>SHA-256 of the manage token; the token itself is given to the registrant once.</summary>
    public byte[] ManageTokenHash { get; private set; } = [];

    /// <summary>The id an integration (a CRM) gave this registration; unique per event. Bulk upserts match on it.</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>Where the registration came from: the public, the staff (or an API key) submitting for someone, or an integration.</summary>
    public RegistrationSource Source { get; private set; }

    /// <summary>
    /// The code the registrant shows at the door (as a QR code) and the staff scan: it checks in and shows the name,
    /// nothing more. Kept as it is, unique (<see cref="CheckInCodes"/>, ADR 18).
    /// </summary>
    public string CheckInCode { get; private set; } = null!;

    /// <summary>When the registrant was checked in; null before, and for those marked present before this was recorded.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    /// <summary>When the person's data was erased (on request or by the retention rule); the row stays as an anonymous count.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>
    /// The manage token encrypted at rest (Data Protection), so that every e-mail about the registration, not only the
    /// first, can carry a working link (ADR 19); null for registrations made before it was kept, and once erased.
    /// </summary>
    public string? ProtectedManageToken { get; private set; }

    // A field, not a property: the notices are not part of the row, but rows of the outbox written by the same save.
    private readonly List<RegistrationNotice> _noticesOwed = [];

    /// <summary>The e-mails this registration owes its registrant since it was loaded, created or last saved; handed over once.</summary>
    public IReadOnlyList<RegistrationNotice> TakeNoticesOwed()
    {
        var owed = _noticesOwed.ToList();
        _noticesOwed.Clear();
        return owed;
    }

    /// <summary>
    /// The registrant is told of every change of state, unless the registration came from an integration (its system
    /// tells its people) or was erased (there is nobody left to tell). As an expression, for queries.
    /// </summary>
    public static Expression<Func<Registration, bool>> ToldOfChanges { get; } = r => r.Source != RegistrationSource.Integration && r.ErasedAt == null;

    private static readonly Func<Registration, bool> IsToldOfChangesRule = ToldOfChanges.Compile();

    /// <inheritdoc cref="ToldOfChanges"/>
    public bool IsToldOfChanges => IsToldOfChangesRule(this);

    private void Tell(RegistrationNotice notice)
    {
        if (IsToldOfChanges) _noticesOwed.Add(notice);
    }

    internal static Registration Create(
        Guid id, Guid eventId, RegistrationKind kind, RegistrationStatus status, int? waitlistPosition,
        Registrant registrant, ExhibitorDetails? exhibitor, IReadOnlyList<Answer> answers, Consent consent, byte[] manageTokenHash,
        string? protectedManageToken, RegistrationSource source)
    {
        var registration = new Registration(id)
        {
            EventId = eventId,
            Kind = kind,
            Status = status,
            WaitlistPosition = waitlistPosition,
            Registrant = registrant,
            EmailKey = EmailKeyOf(registrant.Email),
            Exhibitor = exhibitor,
            Answers = answers,
            Consent = consent,
            ManageTokenHash = manageTokenHash,
            ProtectedManageToken = protectedManageToken,
            Source = source,
            CheckInCode = CheckInCodes.New(),
        };
        // The registrant is told the outcome of their submission (confirmed, waitlisted, or received for review) by the
        // save that stores it; an integration's registrations, which its own system confirms, are not told (Tell).
        registration.Tell(new RegistrationNotice(RegistrationNoticeKind.Received, waitlistPosition));
        return registration;
    }

    public static string EmailKeyOf(string email) => email.Trim().ToLowerInvariant();

    /// <summary>True while the registration counts: it holds a seat, a place in the queue, or awaits a decision.</summary>
    public bool IsLive => IsLiveIn(Status);

    /// <summary>True for an attendee in a seat (<see cref="HoldsSeatAs"/>).</summary>
    public bool HoldsSeat => HoldsSeatAs(Kind, Status);

    /// <summary>
    /// The live rule: a registration counts (it holds a seat, a place in the queue, or awaits a decision) until it is
    /// cancelled or rejected. An e-mail holds one live registration per event, which the database enforces with a unique
    /// index filtered on these statuses (its filter is tested against this rule).
    /// </summary>
    public static bool IsLiveIn(RegistrationStatus status) => status is not (RegistrationStatus.Cancelled or RegistrationStatus.Rejected);

    /// <summary>
    /// The seat rule: an attendee holds a seat once confirmed, and still after attending. Exhibitors apply for booths and
    /// never take a seat; pending, waitlisted, cancelled and rejected registrations hold none.
    /// </summary>
    public static bool HoldsSeatAs(RegistrationKind kind, RegistrationStatus status) =>
        kind == RegistrationKind.Attendee && status is RegistrationStatus.Confirmed or RegistrationStatus.Attended;

    /// <summary>
    /// The booth rule: an exhibitor holds a booth once approved, and still after attending. Pending, rejected and
    /// cancelled applications hold none, and attendees never do. An event's <see cref="Events.RegistrationSettings.ExhibitorBooths"/>
    /// caps how many may hold one.
    /// </summary>
    public static bool HoldsBoothAs(RegistrationKind kind, RegistrationStatus status) =>
        kind == RegistrationKind.Exhibitor && status is RegistrationStatus.Confirmed or RegistrationStatus.Attended;

    /// <summary>The statuses <see cref="IsLiveIn"/> accepts, for queries.</summary>
    public static IReadOnlyList<RegistrationStatus> LiveStatuses { get; } = [.. Enum.GetValues<RegistrationStatus>().Where(IsLiveIn)];

    /// <summary>
    /// Cancels; a second cancellation changes nothing (so a retried request is harmless) and reports false.
    /// The caller promotes from the waiting list when a seat was freed and closes the gap in the queue.
    /// </summary>
    public Result<bool> Cancel(CancelledBy by, LocalizedText? note = null)
    {
        if (Status == RegistrationStatus.Cancelled) return false;
        if (Status is RegistrationStatus.Rejected or RegistrationStatus.Attended) return RegistrationErrors.InvalidTransition(Status, "cancelled");
        Status = RegistrationStatus.Cancelled;
        WaitlistPosition = null;
        Tell(new RegistrationNotice(by == CancelledBy.Staff ? RegistrationNoticeKind.CancelledByStaff : RegistrationNoticeKind.CancelledByRegistrant, Note: note));
        return true;
    }

    /// <summary>
    /// The staff accept an exhibitor application; the event decides whether a booth is free (<see cref="Events.Event.Approve"/>).
    /// <paramref name="note"/> is e-mailed with the decision.
    /// </summary>
    internal Result Approve(LocalizedText? note = null)
    {
        if (Status != RegistrationStatus.Pending) return RegistrationErrors.InvalidTransition(Status, "approved");
        Status = RegistrationStatus.Confirmed;
        Tell(new RegistrationNotice(RegistrationNoticeKind.Approved, Note: note));
        return Result.Success();
    }

    /// <summary>The staff turn down an exhibitor application; <paramref name="note"/> tells the applicant why.</summary>
    public Result Reject(LocalizedText? note = null)
    {
        if (Status != RegistrationStatus.Pending) return RegistrationErrors.InvalidTransition(Status, "rejected");
        Status = RegistrationStatus.Rejected;
        Tell(new RegistrationNotice(RegistrationNoticeKind.Rejected, Note: note));
        return Result.Success();
    }

    /// <summary>Marks a confirmed registrant (an approved exhibitor included) as present at the event, at <paramref name="now"/>.</summary>
    public Result CheckIn(DateTimeOffset now)
    {
        if (Status != RegistrationStatus.Confirmed) return RegistrationErrors.InvalidTransition(Status, "checked in");
        Status = RegistrationStatus.Attended;
        CheckedInAt = now;
        return Result.Success();
    }

    /// <summary>Moves a waitlisted registration to a seat; <paramref name="note"/> (the staff's) is e-mailed with the news.</summary>
    public Result Promote(LocalizedText? note = null)
    {
        if (Status != RegistrationStatus.Waitlisted) return RegistrationErrors.InvalidTransition(Status, "promoted");
        Status = RegistrationStatus.Confirmed;
        WaitlistPosition = null;
        Tell(new RegistrationNotice(RegistrationNoticeKind.Promoted, Note: note));
        return Result.Success();
    }

    /// <summary>Gives a registration made through an integration the integration's own id for it.</summary>
    public void LinkExternalReference(string externalReference) => ExternalReference = externalReference;

    /// <summary>
    /// Updates the registrant's contact details and exhibitor details as an integration knows them; false when
    /// nothing differs. The caller checks that a changed email is not live on another registration of the event.
    /// </summary>
    public Result<bool> UpdateDetails(Registrant registrant, ExhibitorDetails? exhibitor)
    {
        if (registrant == Registrant && exhibitor == Exhibitor) return false;
        if (ErasedAt is not null) return RegistrationErrors.Erased;
        if (Status is RegistrationStatus.Cancelled or RegistrationStatus.Rejected) return RegistrationErrors.InvalidTransition(Status, "updated");
        if (Kind == RegistrationKind.Attendee && exhibitor is not null) return RegistrationErrors.KindNotOffered(RegistrationKind.Exhibitor);
        if (Kind == RegistrationKind.Exhibitor && exhibitor is null) return RegistrationErrors.ExhibitorDetailsRequired;
        Registrant = registrant;
        EmailKey = EmailKeyOf(registrant.Email);
        Exhibitor = exhibitor;
        return true;
    }

    /// <summary>Replaces the answers with ones the event has checked; false when nothing differs.</summary>
    internal Result<bool> ReplaceAnswers(IReadOnlyList<Answer> checkedAnswers)
    {
        if (checkedAnswers.Count == Answers.Count && checkedAnswers.Zip(Answers).All(pair => pair.First.SameAs(pair.Second))) return false;
        if (ErasedAt is not null) return RegistrationErrors.Erased;
        if (Status is RegistrationStatus.Cancelled or RegistrationStatus.Rejected) return RegistrationErrors.InvalidTransition(Status, "updated");
        Answers = checkedAnswers;
        return true;
    }

    /// <summary>
    /// Erases the person's data (PDPO): name, email, phone, company, exhibitor details and answers go, the email is freed
    /// for a new registration, the manage token and the check-in code stop working. Status, kind, consent record and the integration's
    /// external reference (so the integration can erase its own copy) stay, so the event's
    /// counts do not change. A second erasure changes nothing and reports false.
    /// </summary>
    public bool Erase(DateTimeOffset now)
    {
        if (ErasedAt is not null) return false;
        Registrant = new Registrant(ErasedName, "");
        // Unique per row, so the one-live-email index never sees two erased rows as the same person.
        EmailKey = "erased:" + Id.ToString("N");
        Exhibitor = null;
        // Answers to custom questions may be personal (dietary needs, say).
        Answers = [];
        ManageTokenHash = System.Security.Cryptography.SHA256.HashData(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        ProtectedManageToken = null;
        // A new code nobody was given: a ticket printed or e-mailed before the erasure no longer finds the row.
        CheckInCode = CheckInCodes.New();
        ErasedAt = now;
        _noticesOwed.Clear();
        return true;
    }

    /// <summary>The name an erased registration shows.</summary>
    public const string ErasedName = "(erased)";
}
