using Scc.Domain.Events;
using Scc.Domain.Registrations;
using TestEvents = Scc.Domain.Tests.Events.Events;

namespace Scc.Domain.Tests.Registrations;

public class RegistrationErasureTests
{
    private static readonly DateTimeOffset Now = new(2023, 8, 1, 9, 0, 0, TimeSpan.Zero);

    private static Registration Registered(RegistrationKind kind = RegistrationKind.Attendee)
    {
        var settings = new RegistrationSettings(RegistrationMode.Internal, ClosesAt: new DateTimeOffset(2023, 8, 24, 18, 0, 0, TestEvents.HongKongOffset),
            Capacity: 10, WaitingList: true, Kinds: [RegistrationKind.Attendee, RegistrationKind.Exhibitor], PrivacyStatementVersion: "2023-07",
            Questions: [new RegistrationQuestion("dietary", QuestionKind.Text, new Scc.Domain.Common.LocalizedText("Dietary needs", "飲食要求"))]);
        var evt = Event.Create(Guid.CreateVersion7(), "seminar", TestEvents.Content(registration: settings)).Value;
        Assert.True(evt.Publish(Now.AddDays(-10)).IsSuccess);
        var exhibitor = kind == RegistrationKind.Exhibitor ? new ExhibitorDetails("GeoTech Ltd", "Digital twins") : null;
        var request = new RegistrationRequest(Guid.CreateVersion7(), kind, new Registrant("Chan Tai Man", "Tai.Man@Example.org", "+852 9123 4567", "GeoTech"),
            exhibitor, "2023-07", "en", ManageToken.New().Hash, RegistrationSource.Public, [new Answer("dietary", Text: "No shellfish")]);
        return evt.Register(request, new RegistrationTally(0, 0, false), Now).Value;
    }

    [Fact]
    public void Erase_RemovesPersonalDataKeepsStatusAndFreesTheEmail_OnceOnly()
    {
        var registration = Registered(RegistrationKind.Exhibitor);
        registration.LinkExternalReference("CRM-7");
        var tokenHash = registration.ManageTokenHash;
        var checkInCode = registration.CheckInCode;
        Assert.Single(registration.Answers);

        Assert.True(registration.Erase(Now));
        Assert.False(registration.Erase(Now.AddDays(1)));

        Assert.Equal(new Registrant(Registration.ErasedName, ""), registration.Registrant);
        Assert.Null(registration.Exhibitor);
        Assert.Empty(registration.Answers);
        Assert.Equal(RegistrationStatus.Pending, registration.Status);
        Assert.Equal("CRM-7", registration.ExternalReference);
        Assert.Equal(Now, registration.ErasedAt);
        Assert.DoesNotContain("@", registration.EmailKey, StringComparison.Ordinal);
        Assert.NotEqual(tokenHash, registration.ManageTokenHash);
        Assert.NotEqual(checkInCode, registration.CheckInCode);
    }

    [Fact]
    public void UpdateDetails_WhenErasedOrCancelled_IsRefusedUnlessNothingDiffers()
    {
        var erased = Registered();
        erased.Erase(Now);
        var cancelled = Registered();
        cancelled.Cancel(CancelledBy.Registrant);
        var same = cancelled.Registrant;

        Assert.Equal("registration_erased", erased.UpdateDetails(new Registrant("Someone", "someone@example.org"), null).Error!.Code);
        Assert.Equal("invalid_transition", cancelled.UpdateDetails(new Registrant("Someone", "someone@example.org"), null).Error!.Code);
        Assert.False(cancelled.UpdateDetails(same, null).Value);
    }

    [Fact]
    public void UpdateDetails_ChangesContactAndEmailKey_AndKeepsTheKindsRules()
    {
        var attendee = Registered();
        var exhibitor = Registered(RegistrationKind.Exhibitor);

        Assert.True(attendee.UpdateDetails(new Registrant("Chan Tai Man", "New.Mail@Example.org"), null).Value);
        Assert.Equal("new.mail@example.org", attendee.EmailKey);
        Assert.False(attendee.UpdateDetails(new Registrant("Chan Tai Man", "New.Mail@Example.org"), new ExhibitorDetails("X", "Y")).IsSuccess);
        Assert.False(exhibitor.UpdateDetails(new Registrant("Chan Tai Man", "x@example.org"), null).IsSuccess);
    }
}
