using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.UpdateEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class EventBodyTextRulesTests
{
    private readonly CreateEventValidator _validator = new();

    [Fact]
    public void Validate_WhenOnlyRequiredMembersAreGiven_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create()));
    }

    [Theory]
    [InlineData("hong-kong-smart-city-seminar")]
    [InlineData("gbw-2023")]
    public void Validate_WhenSlugIsKebabCase_Passes(string slug)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Slug = slug }));
    }

    [Theory]
    [InlineData("Hong Kong")]
    [InlineData("hong--kong")]
    [InlineData("hong_kong")]
    [InlineData("")]
    public void Validate_WhenSlugIsNotKebabCase_FailsOnSlug(string slug)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Slug = slug }), "slug");
    }

    [Fact]
    public void Validate_WhenSlugIsLongerThan120Characters_FailsOnSlug()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Slug = new string('a', 121) }), "slug");
    }

    [Fact]
    public void Validate_WhenTypeIsUndefined_FailsOnType()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Type = (EventType)99 }), "type");
    }

    [Fact]
    public void Validate_WhenTypeIsDefined_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Type = EventType.AwardCeremony }));
    }

    [Fact]
    public void Validate_WhenFormatIsUndefined_FailsOnFormat()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Format = (EventFormat)99 }), "format");
    }

    [Fact]
    public void Validate_WhenFormatIsDefined_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Format = EventFormat.Hybrid }));
    }

    [Fact]
    public void Validate_WhenTitleIsMissing_FailsOnTitle()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Title = null! }), "title");
    }

    [Fact]
    public void Validate_WhenTitleHasNoLanguage_FailsOnTitle()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Title = new LocalizedText("", null) }), "title");
    }

    [Fact]
    public void Validate_WhenTitleIsOnlyInChinese_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Title = new LocalizedText(null, "香港智慧城市研討會") }));
    }

    [Fact]
    public void Validate_WhenEnglishTitleHas10000Characters_FailsOnTitleEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Title = English(10_000) }), "title.en");
    }

    [Fact]
    public void Validate_WhenChineseTitleHas301Characters_FailsOnTitleZhHant()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Title = Chinese(301) }), "title.zh-Hant");
    }

    [Fact]
    public void Validate_WhenTitleHas300CharactersInEachLanguage_Passes()
    {
        var title = new LocalizedText(new string('a', 300), new string('智', 300));

        ValidationAssert.Passes(_validator.Validate(Create() with { Title = title }));
    }

    [Fact]
    public void Validate_WhenSummaryHas1000Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Summary = English(1_000) }));
    }

    [Fact]
    public void Validate_WhenSummaryHas1001Characters_FailsOnSummaryEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Summary = English(1_001) }), "summary.en");
    }

    [Fact]
    public void Validate_WhenDescriptionHas20000Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Description = Chinese(20_000) }));
    }

    [Fact]
    public void Validate_WhenDescriptionHas20001Characters_FailsOnDescriptionZhHant()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Description = Chinese(20_001) }), "description.zh-Hant");
    }

    [Theory]
    [InlineData("Asia/Hong_Kong")]
    [InlineData("Asia/Bangkok")]
    [InlineData("Asia/Shanghai")]
    [InlineData("UTC")]
    public void Validate_WhenTimeZoneIsIanaId_Passes(string timeZone)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { TimeZone = timeZone }));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("UTC+8")]
    [InlineData("China Standard Time")]
    [InlineData("Asia/Hong_Kong_Asia/Hong_Kong_Asia/Hong_Kong_Asia/Hong_Kong_Asia")]
    public void Validate_WhenTimeZoneIsNotIanaId_FailsOnTimeZone(string timeZone)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { TimeZone = timeZone }), "timeZone");
    }

    [Fact]
    public void Validate_WhenTimeZoneIsMissing_FailsOnTimeZone()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { TimeZone = null! }), "timeZone");
    }

    [Fact]
    public void UpdateValidator_WhenOnlyRequiredMembersAreGiven_Passes()
    {
        ValidationAssert.Passes(new UpdateEventValidator().Validate(Update()));
    }

    [Fact]
    public void UpdateValidator_WhenEnglishTitleHas10000Characters_FailsOnTitleEn()
    {
        ValidationAssert.FailsOnlyOn(new UpdateEventValidator().Validate(Update() with { Title = English(10_000) }), "title.en");
    }

    [Fact]
    public void UpdateValidator_WhenTimeZoneIsUnknown_FailsOnTimeZone()
    {
        ValidationAssert.FailsOnlyOn(new UpdateEventValidator().Validate(Update() with { TimeZone = "Mars/Olympus" }), "timeZone");
    }

    [Fact]
    public void UpdateValidator_WhenTimedEndIsBeforeStart_FailsOnScheduleEndsAt()
    {
        var schedule = Timed with { EndsAt = Timed.StartsAt!.Value.AddMinutes(-1) };

        ValidationAssert.FailsOnlyOn(new UpdateEventValidator().Validate(Update() with { Schedule = schedule }), "schedule.endsAt");
    }
}
