using Scc.Domain.Common;

namespace Scc.Domain.Tests.Common;

public class LocalizedTextTests
{
    [Fact]
    public void Resolve_WhenEnglishAskedAndPresent_ReturnsEnglish()
    {
        var text = new LocalizedText("Smart City", "智慧城市");

        Assert.Equal(("Smart City", "en"), text.Resolve(LocalizedText.English));
    }

    [Fact]
    public void Resolve_WhenChineseAskedAndPresent_ReturnsChinese()
    {
        var text = new LocalizedText("Smart City", "智慧城市");

        Assert.Equal(("智慧城市", "zh-Hant"), text.Resolve(LocalizedText.TraditionalChinese));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_WhenEnglishAskedButMissing_FallsBackToChinese(string? english)
    {
        var text = new LocalizedText(english, "智慧城市");

        Assert.Equal(("智慧城市", "zh-Hant"), text.Resolve(LocalizedText.English));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_WhenChineseAskedButMissing_FallsBackToEnglish(string? chinese)
    {
        var text = new LocalizedText("Smart City", chinese);

        Assert.Equal(("Smart City", "en"), text.Resolve(LocalizedText.TraditionalChinese));
    }

    [Fact]
    public void Resolve_WhenOtherLanguageAsked_PrefersEnglish()
    {
        var text = new LocalizedText("Smart City", "智慧城市");

        Assert.Equal(("Smart City", "en"), text.Resolve("fr"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hant")]
    public void Resolve_WhenBothLanguagesMissing_ReturnsNothing(string language)
    {
        var text = new LocalizedText(" ", null);

        Assert.Equal((null, null), text.Resolve(language));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", " ", true)]
    [InlineData("Smart City", null, false)]
    [InlineData(null, "智慧城市", false)]
    public void IsEmpty_IsTrueOnlyWhenNoLanguageHasText(string? english, string? chinese, bool expected)
    {
        Assert.Equal(expected, new LocalizedText(english, chinese).IsEmpty);
    }
}
