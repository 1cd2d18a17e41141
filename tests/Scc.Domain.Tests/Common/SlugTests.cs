using Scc.Domain.Common;

namespace Scc.Domain.Tests.Common;

public class SlugTests
{
    [Theory]
    [InlineData("Hong Kong Smart City Seminar!", "hong-kong-smart-city-seminar")]
    [InlineData("  --Data   Analytics__Training (Part 2)--  ", "data-analytics-training-part-2")]
    [InlineData("Café Déjà Vu", "cafe-deja-vu")]
    [InlineData("Biz-Green Dress Day 2023", "biz-green-dress-day-2023")]
    [InlineData("智慧城市 Forum 論壇", "forum")]
    public void From_WhenTextHasLatinLettersOrDigits_MakesKebabCaseAscii(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("智慧城市研討會")]
    [InlineData("!!! ???")]
    public void From_WhenTextHasNoLatinLettersOrDigits_IsEmpty(string? text)
    {
        Assert.Equal(string.Empty, Slug.From(text));
    }

    [Fact]
    public void From_WhenCutAtMaxLengthFallsOnHyphen_DropsTheTrailingHyphen()
    {
        // "ab-ab-ab-...": the 120th character is a hyphen.
        var text = string.Concat(Enumerable.Repeat("AB ", 50));

        var slug = Slug.From(text);

        Assert.Equal(string.Join('-', Enumerable.Repeat("ab", 40)), slug);
        Assert.Equal(Slug.MaxLength - 1, slug.Length);
    }

    [Fact]
    public void From_WhenTextIsLong_CutsToMaxLength()
    {
        var slug = Slug.From(new string('x', 500));

        Assert.Equal(new string('x', Slug.MaxLength), slug);
    }

    [Theory]
    [InlineData("hong-kong-smart-city-seminar")]
    [InlineData("forum")]
    [InlineData("2023")]
    [InlineData("gbw-2023-day-1")]
    public void IsValid_WhenLowerCaseWordsJoinedBySingleHyphens_IsTrue(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hong-Kong")]
    [InlineData("hong kong")]
    [InlineData("hong--kong")]
    [InlineData("-hong-kong")]
    [InlineData("hong-kong-")]
    [InlineData("hong_kong")]
    [InlineData("café")]
    public void IsValid_WhenNotKebabCaseAscii_IsFalse(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void IsValid_WhenAtMaxLength_IsTrue()
    {
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
    }

    [Fact]
    public void IsValid_WhenLongerThanMaxLength_IsFalse()
    {
        Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));
    }
}
