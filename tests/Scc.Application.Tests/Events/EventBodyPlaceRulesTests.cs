using Scc.Application.Events.CreateEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class EventBodyPlaceRulesTests
{
    private readonly CreateEventValidator _validator = new();

    private static Uri LongUrl(int length) => new("https://example.org/" + new string('a', length - "https://example.org/".Length));

    [Fact]
    public void Validate_WhenVenueIsComplete_Passes()
    {
        var venue = new Venue(
            new LocalizedText("Impact Exhibition Centre", null),
            Address: English(500),
            City: new LocalizedText("Bangkok", "曼谷"),
            CountryCode: "TH");

        ValidationAssert.Passes(_validator.Validate(Create() with { Venue = venue }));
    }

    [Fact]
    public void Validate_WhenVenueHasNoName_FailsOnVenueName()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { Name = null! } }), "venue.name");
    }

    [Fact]
    public void Validate_WhenVenueNameHasNoLanguage_FailsOnVenueName()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { Name = Empty } }), "venue.name");
    }

    [Fact]
    public void Validate_WhenVenueNameHas301Characters_FailsOnVenueNameEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { Name = English(301) } }), "venue.name.en");
    }

    [Fact]
    public void Validate_WhenVenueAddressHas501Characters_FailsOnVenueAddressEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { Address = English(501) } }), "venue.address.en");
    }

    [Fact]
    public void Validate_WhenVenueCityHas100Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Venue = SampleVenue with { City = Chinese(100) } }));
    }

    [Fact]
    public void Validate_WhenVenueCityHas101Characters_FailsOnVenueCityZhHant()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { City = Chinese(101) } }), "venue.city.zh-Hant");
    }

    [Theory]
    [InlineData("HK")]
    [InlineData("CN")]
    [InlineData(null)]
    public void Validate_WhenVenueCountryCodeIsAlpha2OrMissing_Passes(string? countryCode)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Venue = SampleVenue with { CountryCode = countryCode } }));
    }

    [Theory]
    [InlineData("hk")]
    [InlineData("HKG")]
    [InlineData("H")]
    [InlineData("")]
    public void Validate_WhenVenueCountryCodeIsNotAlpha2_FailsOnVenueCountryCode(string countryCode)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Venue = SampleVenue with { CountryCode = countryCode } }), "venue.countryCode");
    }

    [Theory]
    [InlineData("https://zoom.us/j/123456789")]
    [InlineData("http://example.org/live")]
    public void Validate_WhenOnlineUrlIsAbsoluteHttp_Passes(string url)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { OnlineUrl = new Uri(url) }));
    }

    [Theory]
    [InlineData("ftp://example.org/live")]
    [InlineData("mailto:events@example.org")]
    public void Validate_WhenOnlineUrlIsNotHttp_FailsOnOnlineUrl(string url)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { OnlineUrl = new Uri(url) }), "onlineUrl");
    }

    [Fact]
    public void Validate_WhenOnlineUrlIsRelative_FailsOnOnlineUrl()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { OnlineUrl = new Uri("/live", UriKind.Relative) }), "onlineUrl");
    }

    [Fact]
    public void Validate_WhenOnlineUrlHas2000Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { OnlineUrl = LongUrl(2000) }));
    }

    [Fact]
    public void Validate_WhenOnlineUrlHas2001Characters_FailsOnOnlineUrl()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { OnlineUrl = LongUrl(2001) }), "onlineUrl");
    }

    [Fact]
    public void Validate_WhenOnlinePlatformHas100Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { OnlinePlatform = new string('z', 100) }));
    }

    [Fact]
    public void Validate_WhenOnlinePlatformHas101Characters_FailsOnOnlinePlatform()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { OnlinePlatform = new string('z', 101) }), "onlinePlatform");
    }

    [Fact]
    public void Validate_WhenWebsiteUrlIsHttps_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { WebsiteUrl = new Uri("https://example.org/gbw") }));
    }

    [Fact]
    public void Validate_WhenWebsiteUrlIsNotHttp_FailsOnWebsiteUrl()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { WebsiteUrl = new Uri("file:///etc/passwd") }), "websiteUrl");
    }

    [Fact]
    public void Validate_WhenImageUrlIsHttps_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { ImageUrl = new Uri("https://example.org/poster.png") }));
    }

    [Fact]
    public void Validate_WhenImageUrlIsRelative_FailsOnImageUrl()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { ImageUrl = new Uri("poster.png", UriKind.Relative) }), "imageUrl");
    }

    [Fact]
    public void Validate_WhenPositionInSeriesIsPositive_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { SeriesId = Guid.NewGuid(), SeriesPosition = 1 }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_WhenPositionInSeriesIsNotPositive_FailsOnSeriesPosition(int position)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { SeriesId = Guid.NewGuid(), SeriesPosition = position }), "seriesPosition");
    }

    [Fact]
    public void Validate_WhenPositionWithoutSeries_FailsOnSeriesPosition()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { SeriesPosition = 2 }), "seriesPosition");
    }

    [Fact]
    public void Validate_WhenSeriesWithoutPosition_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { SeriesId = Guid.NewGuid() }));
    }
}
