using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Tests.Events;

public class EventContentTests
{
    private static readonly Venue ConventionCentre = new(
        new LocalizedText("Hong Kong Convention and Exhibition Centre", "香港會議展覽中心"), CountryCode: "HK");

    [Fact]
    public void Update_WhenParentIsTheEventItself_IsRefusedOnParentEventId()
    {
        var evt = Events.Create();

        var result = evt.Update("renamed", Events.Content(parentEventId: evt.Id));

        Assert.False(result.IsSuccess);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("parentEventId", result.Error.Field);
        Assert.Null(evt.ParentEventId);
        Assert.Equal("hong-kong-smart-city-seminar", evt.Slug);
    }

    [Fact]
    public void Update_WhenParentIsAnotherEvent_SetsParentAndSlug()
    {
        var evt = Events.Create();
        var parentId = Guid.NewGuid();

        var result = evt.Update("green-building-week-dress-day", Events.Content(parentEventId: parentId));

        Assert.True(result.IsSuccess);
        Assert.Equal(parentId, evt.ParentEventId);
        Assert.Equal("green-building-week-dress-day", evt.Slug);
    }

    [Fact]
    public void Update_WhenContentIsInvalid_KeepsSlugAndContent()
    {
        var evt = Events.Create();

        var result = evt.Update("renamed", Events.Content(timeZone: "Mars/Olympus", tags: ["iot"]));

        Assert.False(result.IsSuccess);
        Assert.Equal("hong-kong-smart-city-seminar", evt.Slug);
        Assert.Equal("Asia/Hong_Kong", evt.TimeZone);
        Assert.Empty(evt.Tags);
    }

    [Fact]
    public void Update_WhenEventIsPublished_KeepsStatus()
    {
        var evt = Events.InStatus(EventStatus.Published);

        var result = evt.Update(evt.Slug, Events.Content(tags: ["iot"]));

        Assert.True(result.IsSuccess);
        Assert.Equal(EventStatus.Published, evt.Status);
    }

    [Fact]
    public void Create_WhenTagsDifferInCaseOrSpacing_StoresThemLowerCasedOnce()
    {
        var evt = Events.Create(Events.Content(tags: ["Smart-City", " smart-city ", "IoT", "iot", "fintech"]));

        Assert.Equal(["smart-city", "iot", "fintech"], evt.Tags);
    }

    [Fact]
    public void Update_WhenTagsRepeat_StoresThemLowerCasedOnce()
    {
        var evt = Events.Create();

        evt.Update(evt.Slug, Events.Content(tags: ["GREEN-BUILDING", "green-building"]));

        Assert.Equal(["green-building"], evt.Tags);
    }

    [Fact]
    public void Create_WhenOnlineWithVenue_DropsTheVenue()
    {
        var evt = Events.Create(Events.Content(format: EventFormat.Online, venue: ConventionCentre));

        Assert.Null(evt.Venue);
    }

    [Theory]
    [InlineData(EventFormat.InPerson)]
    [InlineData(EventFormat.Hybrid)]
    public void Create_WhenHeldInPlace_KeepsTheVenue(EventFormat format)
    {
        var evt = Events.Create(Events.Content(format: format, venue: ConventionCentre));

        Assert.Equal(ConventionCentre, evt.Venue);
    }

    [Fact]
    public void Create_WhenPositionWithoutSeries_DropsThePosition()
    {
        var evt = Events.Create(Events.Content(seriesPosition: 2));

        Assert.Null(evt.SeriesPosition);
    }

    [Fact]
    public void Create_WhenPositionInSeries_KeepsThePosition()
    {
        var seriesId = Guid.NewGuid();

        var evt = Events.Create(Events.Content(seriesId: seriesId, seriesPosition: 2));

        Assert.Equal(seriesId, evt.SeriesId);
        Assert.Equal(2, evt.SeriesPosition);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_WhenRegistrationClosesNotAfterItOpens_IsRefusedOnClosesAt(int hoursAfterOpening)
    {
        var opens = new DateTimeOffset(2023, 8, 1, 9, 0, 0, Events.HongKongOffset);
        var registration = new RegistrationSettings(RegistrationMode.Internal, OpensAt: opens, ClosesAt: opens.AddHours(hoursAfterOpening));

        var result = Event.Create(Guid.NewGuid(), "seminar", Events.Content(registration: registration));

        Assert.False(result.IsSuccess);
        Assert.Equal("registration.closesAt", result.Error!.Field);
    }

    [Fact]
    public void Create_WhenRegistrationClosesAfterItOpens_KeepsRegistration()
    {
        var opens = new DateTimeOffset(2023, 8, 1, 9, 0, 0, Events.HongKongOffset);
        var registration = new RegistrationSettings(RegistrationMode.Internal, OpensAt: opens, ClosesAt: opens.AddDays(20), Capacity: 120);

        var evt = Events.Create(Events.Content(registration: registration));

        Assert.Equal(registration, evt.Registration);
    }
}
