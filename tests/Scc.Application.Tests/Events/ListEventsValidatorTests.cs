using Scc.Application.Common.Paging;
using Scc.Application.Events.ListEvents;

namespace Scc.Application.Tests.Events;

public class ListEventsValidatorTests
{
    private readonly ListEventsValidator _validator = new();

    [Fact]
    public void Validate_WhenNoParameterIsGiven_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery()));
    }

    [Theory]
    [InlineData("seminar")]
    [InlineData("awardCeremony")]
    [InlineData("seminar,training")]
    [InlineData("seminar, workshop ,forum")]
    public void Validate_WhenTypeIsOneOrMoreKnownTypes_Passes(string type)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Type: type)));
    }

    [Theory]
    [InlineData("party")]
    [InlineData("Seminar")]
    [InlineData("award_ceremony")]
    [InlineData("seminar,party")]
    public void Validate_WhenTypeHasAnUnknownValue_FailsOnType(string type)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Type: type)), "type");
    }

    [Theory]
    [InlineData("published")]
    [InlineData("postponed,cancelled")]
    public void Validate_WhenStatusIsOneOrMoreKnownStatuses_Passes(string status)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Status: status)));
    }

    [Theory]
    [InlineData("archived")]
    [InlineData("Published")]
    [InlineData("published,archived")]
    public void Validate_WhenStatusHasAnUnknownValue_FailsOnStatus(string status)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Status: status)), "status");
    }

    [Theory]
    [InlineData("upcoming")]
    [InlineData("past")]
    [InlineData("all")]
    public void Validate_WhenWhenIsKnown_Passes(string when)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(When: when)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("Upcoming")]
    [InlineData("")]
    [InlineData("upcoming,past")]
    public void Validate_WhenWhenIsUnknown_FailsOnWhen(string when)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(When: when)), "when");
    }

    [Theory]
    [InlineData("2023-08-25")]
    [InlineData("2023-08-25T16:00:00+08:00")]
    [InlineData("2023-08-25T08:00:00Z")]
    [InlineData("2023-08-25T16:00+08:00")]
    [InlineData("2023-08-25T16:00:00.123+08:00")]
    public void Validate_WhenFromAndToAreDatesOrInstantsWithOffset_Passes(string value)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(From: value, To: value)));
    }

    [Theory]
    [InlineData("25/08/2023")]
    [InlineData("yesterday")]
    [InlineData("2023-13-01")]
    [InlineData("2023-08-25 16:00:00+08:00")]
    public void Validate_WhenFromIsNotADateOrInstant_FailsOnFrom(string from)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(From: from)), "from");
    }

    [Theory]
    [InlineData("25/08/2023")]
    [InlineData("tomorrow")]
    public void Validate_WhenToIsNotADateOrInstant_FailsOnTo(string to)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(To: to)), "to");
    }

    [Fact]
    public void Validate_WhenTagHas50Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Tag: new string('t', 50))));
    }

    [Fact]
    public void Validate_WhenTagHas51Characters_FailsOnTag()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Tag: new string('t', 51))), "tag");
    }

    [Fact]
    public void Validate_WhenSearchHas200Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Q: new string('q', 200))));
    }

    [Fact]
    public void Validate_WhenSearchHas201Characters_FailsOnQ()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Q: new string('q', 201))), "q");
    }

    [Theory]
    [InlineData("startsAt")]
    [InlineData("-startsAt")]
    public void Validate_WhenSortIsKnown_Passes(string sort)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Sort: sort)));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("StartsAt")]
    [InlineData("+startsAt")]
    [InlineData("")]
    public void Validate_WhenSortIsUnknown_FailsOnSort(string sort)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Sort: sort)), "sort");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void Validate_WhenLimitIsOneTo100_Passes(int limit)
    {
        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Limit: limit)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public void Validate_WhenLimitIsOutsideOneTo100_FailsOnLimit(int limit)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Limit: limit)), "limit");
    }

    [Fact]
    public void Validate_WhenCursorWasMadeForDefaultSort_Passes()
    {
        var cursor = new Cursor(EventListFilters.SortByStart, DateTimeOffset.UtcNow, Guid.NewGuid()).Encode();

        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Cursor: cursor)));
    }

    [Fact]
    public void Validate_WhenCursorWasMadeForTheSameDescendingSort_Passes()
    {
        var cursor = new Cursor(EventListFilters.SortByStartDescending, null, Guid.NewGuid()).Encode();

        ValidationAssert.Passes(_validator.Validate(new ListEventsQuery(Sort: "-startsAt", Cursor: cursor)));
    }

    [Fact]
    public void Validate_WhenCursorWasMadeForAnotherSort_FailsOnCursor()
    {
        var cursor = new Cursor(EventListFilters.SortByStart, DateTimeOffset.UtcNow, Guid.NewGuid()).Encode();

        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Sort: "-startsAt", Cursor: cursor)), "cursor");
    }

    [Fact]
    public void Validate_WhenCursorWasMadeForDescendingSortButNoSortIsGiven_FailsOnCursor()
    {
        var cursor = new Cursor(EventListFilters.SortByStartDescending, DateTimeOffset.UtcNow, Guid.NewGuid()).Encode();

        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Cursor: cursor)), "cursor");
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("garbage")]
    [InlineData("!!!")]
    public void Validate_WhenCursorIsUnknown_FailsOnCursor(string cursor)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(new ListEventsQuery(Cursor: cursor)), "cursor");
    }
}
