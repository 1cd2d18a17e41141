using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;
using TestEvents = Scc.Domain.Tests.Events.Events;

namespace Scc.Domain.Tests.Registrations;

public class EventRegisterTests
{
    // The afternoon seminar is on 25 August 2023; registration closes the day before.
    private static readonly DateTimeOffset Now = new(2023, 8, 1, 9, 0, 0, TimeSpan.Zero);

    private static Event PublishedEvent(int? capacity = 2, bool waitingList = true, RegistrationMode mode = RegistrationMode.Internal,
        DateTimeOffset? opensAt = null, IReadOnlyList<RegistrationKind>? kinds = null, int? booths = null)
    {
        var settings = new RegistrationSettings(mode, OpensAt: opensAt, ClosesAt: new DateTimeOffset(2023, 8, 24, 18, 0, 0, TestEvents.HongKongOffset),
            Capacity: capacity, ExhibitorBooths: booths, WaitingList: waitingList, Kinds: kinds, PrivacyStatementVersion: "2023-07");
        var evt = Event.Create(Guid.CreateVersion7(), "seminar", TestEvents.Content(registration: settings)).Value;
        Assert.True(evt.Publish(Now.AddDays(-10)).IsSuccess);
        return evt;
    }

    private static RegistrationRequest Request(RegistrationKind kind = RegistrationKind.Attendee, string version = "2023-07", ExhibitorDetails? exhibitor = null,
        RegistrationSource source = RegistrationSource.Public) =>
        new(Guid.CreateVersion7(), kind, new Registrant("Chan Tai Man", "Tai.Man@Example.org"), exhibitor, version, "en", ManageToken.New().Hash, source);

    [Fact]
    public void Register_WhenSeatIsFree_IsConfirmedWithConsentRecorded()
    {
        var registration = PublishedEvent().Register(Request(), new RegistrationTally(1, 0, false), Now).Value;

        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Null(registration.WaitlistPosition);
        Assert.Equal(new Consent("2023-07", "en", Now), registration.Consent);
        Assert.Equal("tai.man@example.org", registration.EmailKey);
    }

    [Fact]
    public void Register_WhenFullWithWaitingList_IsWaitlistedAtTheNextPosition()
    {
        var registration = PublishedEvent().Register(Request(), new RegistrationTally(2, 3, false), Now).Value;

        Assert.Equal(RegistrationStatus.Waitlisted, registration.Status);
        Assert.Equal(4, registration.WaitlistPosition);
    }

    [Fact]
    public void Register_WhenSomeoneQueuesForAFreedSeat_JoinsTheQueueRatherThanJumpingIt()
    {
        var registration = PublishedEvent().Register(Request(), new RegistrationTally(1, 1, false), Now).Value;

        Assert.Equal(RegistrationStatus.Waitlisted, registration.Status);
        Assert.Equal(2, registration.WaitlistPosition);
    }

    [Fact]
    public void Register_WhenFullWithoutWaitingList_ReturnsFullError()
    {
        var result = PublishedEvent(waitingList: false).Register(Request(), new RegistrationTally(2, 0, false), Now);

        Assert.Equal(RegistrationErrors.Full, result.Error);
    }

    [Fact]
    public void Register_WhenCapacityIsUnlimited_IsConfirmed()
    {
        var result = PublishedEvent(capacity: null).Register(Request(), new RegistrationTally(5000, 0, false), Now);

        Assert.Equal(RegistrationStatus.Confirmed, result.Value.Status);
    }

    [Fact]
    public void Register_WhenExhibitorApplication_IsPendingWhateverTheSeats()
    {
        var evt = PublishedEvent(kinds: [RegistrationKind.Exhibitor]);

        var result = evt.Register(Request(RegistrationKind.Exhibitor, exhibitor: new ExhibitorDetails("GeoTech Ltd", "Digital twins")),
            new RegistrationTally(2, 0, false), Now);

        Assert.Equal(RegistrationStatus.Pending, result.Value.Status);
        Assert.Equal(RegistrationErrors.KindNotOffered(RegistrationKind.Attendee), evt.Register(Request(), new RegistrationTally(0, 0, false), Now).Error);
    }

    [Fact]
    public void Register_OutsideTheWindowOrNotInternalOrNotPublished_ReturnsClosedError()
    {
        var tally = new RegistrationTally(0, 0, false);
        var cancelled = PublishedEvent();
        cancelled.Cancel(null);

        Assert.Equal(RegistrationErrors.Closed, PublishedEvent().Register(Request(), tally, new DateTimeOffset(2023, 8, 24, 10, 0, 0, TimeSpan.Zero)).Error);
        Assert.Equal(RegistrationErrors.Closed, PublishedEvent(opensAt: Now.AddHours(1)).Register(Request(), tally, Now).Error);
        Assert.Equal(RegistrationErrors.Closed, PublishedEvent(mode: RegistrationMode.External).Register(Request(), tally, Now).Error);
        Assert.Equal(RegistrationErrors.Closed, cancelled.Register(Request(), tally, Now).Error);
        Assert.Equal(RegistrationErrors.Closed, Event.Create(Guid.CreateVersion7(), "draft", TestEvents.Content(
            registration: new RegistrationSettings(RegistrationMode.Internal))).Value.Register(Request(), tally, Now).Error);
    }

    [Fact]
    public void Register_WhenEmailIsTakenOrStatementIsOutdated_IsRefused()
    {
        Assert.Equal(RegistrationErrors.AlreadyRegistered, PublishedEvent().Register(Request(), new RegistrationTally(0, 0, true), Now).Error);
        Assert.Equal(ErrorKind.Validation, PublishedEvent().Register(Request(version: "2022-01"), new RegistrationTally(0, 0, false), Now).Error!.Kind);
    }

    [Fact]
    public void Cancel_WhenRepeated_ChangesNothingTheSecondTime()
    {
        var registration = PublishedEvent().Register(Request(), new RegistrationTally(2, 0, false), Now).Value;

        Assert.True(registration.Cancel(CancelledBy.Registrant).Value);
        Assert.False(registration.Cancel(CancelledBy.Registrant).Value);
        Assert.Equal(RegistrationStatus.Cancelled, registration.Status);
        Assert.Null(registration.WaitlistPosition);
    }

    [Fact]
    public void StaffTransitions_AreAllowedOnlyFromTheirStatus()
    {
        var evt = PublishedEvent(kinds: [RegistrationKind.Attendee, RegistrationKind.Exhibitor]);
        var application = evt.Register(Request(RegistrationKind.Exhibitor, exhibitor: new ExhibitorDetails("GeoTech Ltd", "Digital twins")),
            new RegistrationTally(0, 0, false), Now).Value;
        var waiting = evt.Register(Request(), new RegistrationTally(2, 0, false), Now).Value;

        Assert.True(evt.Approve(application, new RegistrationTally(0, 0, false)).IsSuccess);
        Assert.Equal("invalid_transition", application.Reject().Error!.Code);
        Assert.Equal("invalid_transition", evt.Approve(application, new RegistrationTally(0, 0, false)).Error!.Code);
        Assert.True(application.CheckIn(Now).IsSuccess);
        Assert.Equal(RegistrationStatus.Attended, application.Status);
        Assert.Equal("invalid_transition", application.Cancel(CancelledBy.Registrant).Error!.Code);
        Assert.Equal("invalid_transition", waiting.CheckIn(Now).Error!.Code);
        Assert.True(waiting.Promote().IsSuccess);
        Assert.Equal(RegistrationStatus.Confirmed, waiting.Status);
        Assert.Null(waiting.WaitlistPosition);
    }

    [Fact]
    public void Register_RecordsWhereTheRegistrationCameFromAndGivesItAFreshCheckInCode()
    {
        var evt = PublishedEvent(capacity: null);

        var fromStaff = evt.Register(Request(source: RegistrationSource.Staff), new RegistrationTally(0, 0, false), Now).Value;
        var fromPublic = evt.Register(Request(), new RegistrationTally(0, 0, false), Now).Value;

        Assert.Equal(RegistrationSource.Staff, fromStaff.Source);
        Assert.Equal(RegistrationSource.Public, fromPublic.Source);
        Assert.Matches("^ci_[A-Za-z0-9_-]{22}$", fromStaff.CheckInCode);
        Assert.Equal(CheckInCodes.Length, fromStaff.CheckInCode.Length);
        Assert.NotEqual(fromStaff.CheckInCode, fromPublic.CheckInCode);
        Assert.Null(fromStaff.CheckedInAt);
    }

    [Fact]
    public void CheckIn_OfAConfirmedRegistrant_MarksThemAttendedAtThatTime()
    {
        var registration = PublishedEvent().Register(Request(), new RegistrationTally(0, 0, false), Now).Value;
        var atTheDoor = Now.AddDays(24);

        Assert.True(registration.CheckIn(atTheDoor).IsSuccess);

        Assert.Equal(RegistrationStatus.Attended, registration.Status);
        Assert.Equal(atTheDoor, registration.CheckedInAt);
    }

    [Fact]
    public void CheckIn_OfAnyoneNotConfirmed_IsRefusedNamingTheStatusAndRecordsNoTime()
    {
        var evt = PublishedEvent(kinds: [RegistrationKind.Attendee, RegistrationKind.Exhibitor]);
        var waiting = evt.Register(Request(), new RegistrationTally(2, 0, false), Now).Value;
        var pending = evt.Register(Request(RegistrationKind.Exhibitor, exhibitor: new ExhibitorDetails("GeoTech Ltd", "Digital twins")),
            new RegistrationTally(0, 0, false), Now).Value;
        var cancelled = evt.Register(Request(), new RegistrationTally(0, 0, false), Now).Value;
        cancelled.Cancel(CancelledBy.Registrant);
        var attended = evt.Register(Request(), new RegistrationTally(0, 0, false), Now).Value;
        attended.CheckIn(Now);

        Assert.Equal("A waitlisted registration cannot be checked in.", waiting.CheckIn(Now.AddHours(1)).Error!.Description);
        Assert.Equal("A pending registration cannot be checked in.", pending.CheckIn(Now.AddHours(1)).Error!.Description);
        Assert.Equal("A cancelled registration cannot be checked in.", cancelled.CheckIn(Now.AddHours(1)).Error!.Description);
        Assert.Equal("invalid_transition", attended.CheckIn(Now.AddHours(1)).Error!.Code);
        Assert.Null(waiting.CheckedInAt);
        Assert.Null(pending.CheckedInAt);
        Assert.Null(cancelled.CheckedInAt);
        Assert.Equal(Now, attended.CheckedInAt);
    }

    [Fact]
    public void Approve_WhenEveryBoothIsHeld_IsRefusedNamingTheCapUntilTheCapIsRaised()
    {
        var exhibitorOnly = new[] { RegistrationKind.Exhibitor };
        var evt = PublishedEvent(kinds: exhibitorOnly, booths: 2);
        var application = evt.Register(Request(RegistrationKind.Exhibitor, exhibitor: new ExhibitorDetails("GeoTech Ltd", "Digital twins")),
            new RegistrationTally(0, 0, false), Now).Value;

        var refused = evt.Approve(application, new RegistrationTally(0, 0, false, BoothsHeld: 2));

        Assert.Equal(RegistrationErrors.BoothsFull(2), refused.Error);
        Assert.Contains("2 exhibitor booths", refused.Error!.Description, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Pending, application.Status);
        Assert.True(evt.Approve(application, new RegistrationTally(0, 0, false, BoothsHeld: 1)).IsSuccess);
        Assert.Equal(RegistrationStatus.Confirmed, application.Status);
        var unlimited = PublishedEvent(kinds: exhibitorOnly, booths: null);
        var another = unlimited.Register(Request(RegistrationKind.Exhibitor, exhibitor: new ExhibitorDetails("Lamp Co", "Smart lamp posts")),
            new RegistrationTally(0, 0, false), Now).Value;
        Assert.True(unlimited.Approve(another, new RegistrationTally(0, 0, false, BoothsHeld: 5_000)).IsSuccess);
    }

    [Fact]
    public void SeatsToFill_IsTheFreeSeatsBoundedByTheQueue()
    {
        var evt = PublishedEvent(capacity: 50);

        Assert.Equal(1, evt.SeatsToFill(49, 150));
        Assert.Equal(0, evt.SeatsToFill(50, 150));
        Assert.Equal(2, evt.SeatsToFill(10, 2));
    }

    [Fact]
    public void ManageToken_HasAtLeast128BitsAndHashesOnlyWellFormedTokens()
    {
        var (token, hash) = ManageToken.New();

        Assert.Equal(ManageToken.Length, token.Length);
        Assert.True(ManageToken.TryHash(token, out var again));
        Assert.Equal(hash, again);
        Assert.False(ManageToken.TryHash("not-a-token", out _));
        Assert.False(ManageToken.TryHash(new string('!', ManageToken.Length), out _));
    }

    [Fact]
    public void RegisterInOrder_CountsEachAcceptedSubmissionInForThoseAfterIt()
    {
        var evt = PublishedEvent(capacity: 2);
        RegistrationRequest From(string email, string version = "2023-07") =>
            Request(version: version) with { Registrant = new Registrant("Chan Tai Man", email) };
        var requests = new[]
        {
            From("first@example.org"),
            From("refused@example.org", version: "2022-01"),
            From("FIRST@example.org"),
            From("second@example.org"),
            From("third@example.org"),
            From("known@example.org"),
            From("fourth@example.org"),
        };

        var outcomes = evt.RegisterInOrder(requests, new RegistrationTally(0, 0, true), new HashSet<string> { "known@example.org" }, Now);

        Assert.Equal(RegistrationStatus.Confirmed, outcomes[0].Value.Status);
        Assert.Equal(ErrorKind.Validation, outcomes[1].Error!.Kind); // refused: takes no seat
        Assert.Equal(RegistrationErrors.AlreadyRegistered, outcomes[2].Error); // the same e-mail as the first, in the same batch
        Assert.Equal(RegistrationStatus.Confirmed, outcomes[3].Value.Status);
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (outcomes[4].Value.Status, outcomes[4].Value.WaitlistPosition));
        Assert.Equal(RegistrationErrors.AlreadyRegistered, outcomes[5].Error); // registered before the batch
        Assert.Equal((RegistrationStatus.Waitlisted, 2), (outcomes[6].Value.Status, outcomes[6].Value.WaitlistPosition));
    }

    [Theory]
    [InlineData(RegistrationSource.Public, true)]
    [InlineData(RegistrationSource.Staff, true)]
    [InlineData(RegistrationSource.Integration, false)]
    public void Register_OwesTheReceiptToThoseItTellsAndKeepsTheEncryptedManageToken(RegistrationSource source, bool told)
    {
        var registration = PublishedEvent().Register(Request(source: source) with { ProtectedManageToken = "encrypted" }, new RegistrationTally(2, 0, false), Now).Value;

        var owed = registration.TakeNoticesOwed();

        Assert.Equal("encrypted", registration.ProtectedManageToken);
        RegistrationNotice[] receipt = told ? [new RegistrationNotice(RegistrationNoticeKind.Received, 1)] : [];
        Assert.Equal(receipt, owed);
        Assert.Empty(registration.TakeNoticesOwed());
    }
}
