using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Domain.Tests.Delegations;

public class DelegationTests
{
    private static readonly DateOnly July13 = new(2023, 7, 13);
    private static readonly DateOnly July14 = new(2023, 7, 14);

    private static DelegationContent Content(
        DateOnly? start = null, DateOnly? end = null, string timeZone = "Asia/Bangkok",
        IReadOnlyList<Participant>? participants = null, IReadOnlyList<ItineraryItem>? itinerary = null,
        IReadOnlyList<Destination>? destinations = null) => new(
            new LocalizedText("Hong Kong Smart City Delegation to Bangkok", "香港智慧城市代表團訪問曼谷"),
            Purpose: null,
            Topics: ["Smart-City"],
            timeZone,
            start ?? July13,
            end ?? July14,
            destinations ?? [new Destination(new LocalizedText("Bangkok", "曼谷"), "th")],
            participants ?? [],
            itinerary ?? [],
            Outcomes: [],
            Highlights: [],
            RelatedEventIds: []);

    private static Delegation Create(DelegationContent? content = null)
    {
        var created = Delegation.Create(Guid.NewGuid(), "delegation-to-bangkok", content ?? Content());
        Assert.True(created.IsSuccess, created.Error?.Description);
        return created.Value;
    }

    [Fact]
    public void Create_WhenContentIsValid_IsDraftWithNormalisedLookupKeys()
    {
        var person = Guid.NewGuid();
        var host = Guid.NewGuid();

        var delegation = Create(Content(
            participants: [new Participant(ParticipantRole.Leader, PersonId: person)],
            itinerary: [new ItineraryItem(new LocalizedText("KMITL", null), July14, host), new ItineraryItem(new LocalizedText("Thailand Digital Valley", null), July13)]));

        Assert.Equal(DelegationStatus.Draft, delegation.Status);
        Assert.Equal(["TH"], delegation.CountryCodes);
        Assert.Equal(["bangkok", "曼谷"], delegation.CityNames);
        Assert.Equal([person], delegation.PersonIds);
        Assert.Equal([host], delegation.OrganisationIds);
        Assert.Equal(["smart-city"], delegation.Topics);
        Assert.Equal([July13, July14], delegation.Itinerary.Select(i => i.Date));
    }

    [Fact]
    public void Create_WithUndatedStops_KeepsThemAfterTheDatedOnesInTheOrderWritten()
    {
        var delegation = Create(Content(itinerary:
        [
            new ItineraryItem(new LocalizedText("Railway planning", null), null),
            new ItineraryItem(new LocalizedText("KMITL", null), July14),
            new ItineraryItem(new LocalizedText("Thailand Digital Valley", null), null),
            new ItineraryItem(new LocalizedText("Pavilion", null), July13),
        ]));

        Assert.Equal(["Pavilion", "KMITL", "Railway planning", "Thailand Digital Valley"], delegation.Itinerary.Select(i => i.Place.En));
    }

    [Fact]
    public void Create_WhenEndIsBeforeStart_IsRefusedNamingEndDate()
    {
        var created = Delegation.Create(Guid.NewGuid(), "x", Content(start: July14, end: July13));

        Assert.Equal("endDate", created.Error?.Field);
    }

    [Fact]
    public void Create_OnOneDay_IsAccepted() => Create(Content(start: July13, end: July13));

    [Theory]
    [InlineData(2023, 7, 12)]
    [InlineData(2023, 7, 15)]
    public void Create_WhenAnItineraryDateIsOutsideTheDates_IsRefusedNamingIt(int year, int month, int day)
    {
        var itinerary = new[]
        {
            new ItineraryItem(new LocalizedText("Inside", null), July13),
            new ItineraryItem(new LocalizedText("Outside", null), new DateOnly(year, month, day)),
        };

        var created = Delegation.Create(Guid.NewGuid(), "x", Content(itinerary: itinerary));

        Assert.False(created.IsSuccess);
        Assert.Equal("itinerary[1].date", created.Error!.Field);
        Assert.Equal(ErrorKind.Validation, created.Error.Kind);
    }

    [Fact]
    public void Create_WhenAParticipantHasBothOrNeitherReference_IsRefusedNamingIt()
    {
        var both = Delegation.Create(Guid.NewGuid(), "x", Content(participants:
            [new Participant(ParticipantRole.Organiser, OrganisationId: Guid.NewGuid()), new Participant(ParticipantRole.Member, Guid.NewGuid(), Guid.NewGuid())]));
        var neither = Delegation.Create(Guid.NewGuid(), "x", Content(participants: [new Participant(ParticipantRole.Member)]));

        Assert.Equal("participants[1]", both.Error?.Field);
        Assert.Equal("participants[0]", neither.Error?.Field);
    }

    [Fact]
    public void Create_WithAnOffsetInsteadOfAnIanaZone_IsRefused()
    {
        var created = Delegation.Create(Guid.NewGuid(), "x", Content(timeZone: "UTC+7"));

        Assert.Equal("timeZone", created.Error?.Field);
    }

    [Fact]
    public void Update_WhenRefused_KeepsTheContentAndSlug()
    {
        var delegation = Create();

        var updated = delegation.Update("other-slug", Content(start: July14, end: July13));

        Assert.False(updated.IsSuccess);
        Assert.Equal("delegation-to-bangkok", delegation.Slug);
        Assert.Equal(July13, delegation.StartDate);
    }

    [Fact]
    public void Publish_WhenDraft_PublishesOnceAndRefusesTheSecondTime()
    {
        var delegation = Create();
        var now = new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(delegation.Publish(now).IsSuccess);
        var again = delegation.Publish(now);

        Assert.Equal(DelegationStatus.Published, delegation.Status);
        Assert.Equal(now, delegation.PublishedAt);
        Assert.Equal("invalid_transition", again.Error?.Code);
    }

    [Fact]
    public void Cancel_WhenCancelled_IsRefusedAndACancelledDelegationCannotBePublished()
    {
        var delegation = Create();
        Assert.True(delegation.Cancel(new LocalizedText("Typhoon", null)).IsSuccess);

        Assert.Equal("invalid_transition", delegation.Cancel(null).Error?.Code);
        Assert.Equal("invalid_transition", delegation.Publish(DateTimeOffset.UtcNow).Error?.Code);
        Assert.Equal(DelegationStatus.Cancelled, delegation.Status);
    }

    [Fact]
    public void EnsureDeletable_OnlyForDraftsAndCancelled()
    {
        var draft = Create();
        var published = Create();
        published.Publish(DateTimeOffset.UtcNow);
        var cancelled = Create();
        cancelled.Cancel(null);

        Assert.True(draft.EnsureDeletable().IsSuccess);
        Assert.True(cancelled.EnsureDeletable().IsSuccess);
        Assert.Equal(ErrorKind.Conflict, published.EnsureDeletable().Error?.Kind);
    }
}
