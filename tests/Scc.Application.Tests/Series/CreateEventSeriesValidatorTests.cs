using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Common;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Series;

public class CreateEventSeriesValidatorTests
{
    private static readonly CreateEventSeriesCommand Valid = new(
        Slug: null,
        Title: new LocalizedText("Data Analytics Training", "數據分析培訓"),
        Description: null);

    private readonly CreateEventSeriesValidator _validator = new();

    [Fact]
    public void Validate_WhenOnlyTitleIsGiven_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Valid));
    }

    [Fact]
    public void Validate_WhenSlugIsKebabCase_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Valid with { Slug = "data-analytics-training-2023" }));
    }

    [Theory]
    [InlineData("Data Analytics")]
    [InlineData("data--analytics")]
    [InlineData("")]
    public void Validate_WhenSlugIsNotKebabCase_FailsOnSlug(string slug)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Valid with { Slug = slug }), "slug");
    }

    [Fact]
    public void Validate_WhenTitleIsMissing_FailsOnTitle()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Valid with { Title = null! }), "title");
    }

    [Fact]
    public void Validate_WhenTitleHasNoLanguage_FailsOnTitle()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Valid with { Title = Empty }), "title");
    }

    [Fact]
    public void Validate_WhenTitleHas300Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Valid with { Title = English(300) }));
    }

    [Fact]
    public void Validate_WhenTitleHas301Characters_FailsOnTitleEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Valid with { Title = English(301) }), "title.en");
    }

    [Fact]
    public void Validate_WhenDescriptionHas5000Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Valid with { Description = Chinese(5_000) }));
    }

    [Fact]
    public void Validate_WhenDescriptionHas5001Characters_FailsOnDescriptionZhHant()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Valid with { Description = Chinese(5_001) }), "description.zh-Hant");
    }
}
