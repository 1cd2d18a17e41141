using Scc.Application.Common.Validation;
using Scc.Application.Events.ListEvents;
using Scc.Domain.Events;

namespace Scc.Application.Tests.Events;

public class EventListFiltersTests
{
    [Fact]
    public void TryParseInstant_WhenDate_IsStartOfThatDayInHongKong()
    {
        Assert.True(EventListFilters.TryParseInstant("2023-11-15", out var instant));

        Assert.Equal(new DateTimeOffset(2023, 11, 14, 16, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void TryParseInstant_WhenInstantWithOffset_IsThatInstantInUtc()
    {
        Assert.True(EventListFilters.TryParseInstant("2023-08-25T16:00:00+08:00", out var instant));

        Assert.Equal(new DateTimeOffset(2023, 8, 25, 8, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryParseInstant_WhenMissing_SucceedsWithoutInstant(string? text)
    {
        Assert.True(EventListFilters.TryParseInstant(text, out var instant));
        Assert.Null(instant);
    }

    [Fact]
    public void TryParseInstant_WhenNotADate_Fails()
    {
        Assert.False(EventListFilters.TryParseInstant("15 November 2023", out _));
    }

    [Fact]
    public void Types_WhenCommaSeparatedList_ReturnsEachType()
    {
        Assert.Equal([EventType.Seminar, EventType.AwardCeremony], EventListFilters.Types("seminar, awardCeremony"));
    }

    [Fact]
    public void Types_WhenAnyTypeIsUnknown_ReturnsNoFilter()
    {
        Assert.Empty(EventListFilters.Types("seminar,party"));
    }

    [Fact]
    public void Statuses_WhenCommaSeparatedList_ReturnsEachStatus()
    {
        Assert.Equal([EventStatus.Published, EventStatus.Postponed], EventListFilters.Statuses("published,,postponed"));
    }

    [Fact]
    public void EnumNamesList_NamesEveryValueInCamelCase()
    {
        Assert.Equal("draft, published, postponed, cancelled", EnumNames<EventStatus>.List);
    }

    [Theory]
    [InlineData("awardCeremony", true)]
    [InlineData("AwardCeremony", false)]
    [InlineData("awardceremony", false)]
    [InlineData(null, false)]
    public void EnumNamesTryParse_AcceptsOnlyCamelCaseNames(string? text, bool expected)
    {
        Assert.Equal(expected, EnumNames<EventType>.TryParse(text, out var value));
        if (expected) Assert.Equal(EventType.AwardCeremony, value);
    }
}
