using Scc.Domain.Registrations;

namespace Scc.Domain.Tests.Registrations;

/// <summary>The seat rule and the live rule, for every kind and status.</summary>
public sealed class RegistrationRuleTests
{
    [Theory]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Confirmed, true)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Attended, true)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Pending, false)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Waitlisted, false)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Cancelled, false)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Rejected, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Confirmed, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Attended, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Pending, false)]
    public void HoldsSeat_OnlyForAttendeesConfirmedOrAttended(RegistrationKind kind, RegistrationStatus status, bool holdsSeat)
    {
        Assert.Equal(holdsSeat, Registration.HoldsSeatAs(kind, status));
    }

    [Theory]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Confirmed, true)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Attended, true)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Pending, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Waitlisted, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Cancelled, false)]
    [InlineData(RegistrationKind.Exhibitor, RegistrationStatus.Rejected, false)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Confirmed, false)]
    [InlineData(RegistrationKind.Attendee, RegistrationStatus.Attended, false)]
    public void HoldsBooth_OnlyForExhibitorsApprovedOrAttended(RegistrationKind kind, RegistrationStatus status, bool holdsBooth)
    {
        Assert.Equal(holdsBooth, Registration.HoldsBoothAs(kind, status));
    }

    [Theory]
    [InlineData(RegistrationStatus.Pending, true)]
    [InlineData(RegistrationStatus.Confirmed, true)]
    [InlineData(RegistrationStatus.Waitlisted, true)]
    [InlineData(RegistrationStatus.Attended, true)]
    [InlineData(RegistrationStatus.Cancelled, false)]
    [InlineData(RegistrationStatus.Rejected, false)]
    public void IsLive_UntilCancelledOrRejected(RegistrationStatus status, bool live)
    {
        Assert.Equal(live, Registration.IsLiveIn(status));
        Assert.Equal(live, Registration.LiveStatuses.Contains(status));
    }

    [Fact]
    public void EveryStatusIsDecided()
    {
        // A status added later must be placed by the rules' tests above.
        Assert.Equal(6, Enum.GetValues<RegistrationStatus>().Length);
    }

    [Fact]
    public void Tally_CountsSeatsWaitingListBoothsAndLiveEmailsByTheRules()
    {
        var tally = RegistrationTally.Of(
        [
            new(RegistrationKind.Attendee, RegistrationStatus.Confirmed, 3, 0),
            new(RegistrationKind.Attendee, RegistrationStatus.Attended, 2, 0),
            new(RegistrationKind.Exhibitor, RegistrationStatus.Confirmed, 4, 0),
            new(RegistrationKind.Attendee, RegistrationStatus.Waitlisted, 5, 0),
            new(RegistrationKind.Attendee, RegistrationStatus.Cancelled, 7, 1),
            new(RegistrationKind.Exhibitor, RegistrationStatus.Attended, 1, 0),
            new(RegistrationKind.Exhibitor, RegistrationStatus.Pending, 6, 0),
            new(RegistrationKind.Exhibitor, RegistrationStatus.Rejected, 2, 0),
        ]);

        Assert.Equal(new RegistrationTally(5, 5, false, BoothsHeld: 5), tally);
        Assert.True(RegistrationTally.Of([new(RegistrationKind.Exhibitor, RegistrationStatus.Pending, 1, 1)]).EmailTaken);
    }
}
