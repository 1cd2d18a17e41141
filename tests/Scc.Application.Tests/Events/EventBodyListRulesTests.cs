using Scc.Application.Events.CreateEvent;
using Scc.Domain.Events;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class EventBodyListRulesTests
{
    private readonly CreateEventValidator _validator = new();

    [Fact]
    public void Validate_When100Speakers_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Speakers = Many(SampleSpeaker, 100) }));
    }

    [Fact]
    public void Validate_When101Speakers_FailsOnSpeakers()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = Many(SampleSpeaker, 101) }), "speakers");
    }

    [Fact]
    public void Validate_WhenSpeakerHasHonorificAndTitle_Passes()
    {
        var speaker = SampleSpeaker with { Honorific = "Prof Hon", Title = English(300), Role = SpeakerRole.HeadOfJudges };

        ValidationAssert.Passes(_validator.Validate(Create() with { Speakers = [speaker] }));
    }

    [Fact]
    public void Validate_WhenFirstSpeakerHasNoName_FailsOnSpeakers0Name()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = [SampleSpeaker with { Name = Empty }] }), "speakers[0].name");
    }

    [Fact]
    public void Validate_WhenSecondSpeakerHasNoName_FailsOnSpeakers1Name()
    {
        var speakers = new[] { SampleSpeaker, SampleSpeaker with { Name = null! } };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = speakers }), "speakers[1].name");
    }

    [Fact]
    public void Validate_WhenSpeakerNameHas201Characters_FailsOnSpeakers0NameEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = [SampleSpeaker with { Name = English(201) }] }), "speakers[0].name.en");
    }

    [Fact]
    public void Validate_WhenSpeakerRoleIsUndefined_FailsOnSpeakers0Role()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = [SampleSpeaker with { Role = (SpeakerRole)99 }] }), "speakers[0].role");
    }

    [Fact]
    public void Validate_WhenSpeakerHonorificHas31Characters_FailsOnSpeakers0Honorific()
    {
        var speaker = SampleSpeaker with { Honorific = new string('h', 31) };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = [speaker] }), "speakers[0].honorific");
    }

    [Fact]
    public void Validate_WhenSpeakerTitleHas301Characters_FailsOnSpeakers0TitleZhHant()
    {
        var speaker = SampleSpeaker with { Title = Chinese(301) };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Speakers = [speaker] }), "speakers[0].title.zh-Hant");
    }

    [Fact]
    public void Validate_When50Outcomes_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Outcomes = Many(SampleOutcome, 50) }));
    }

    [Fact]
    public void Validate_When51Outcomes_FailsOnOutcomes()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = Many(SampleOutcome, 51) }), "outcomes");
    }

    [Fact]
    public void Validate_WhenOutcomeHasNoDescription_FailsOnOutcomes0Description()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [SampleOutcome with { Description = Empty }] }), "outcomes[0].description");
    }

    [Fact]
    public void Validate_WhenOutcomeDescriptionHas501Characters_FailsOnOutcomes0DescriptionEn()
    {
        var outcome = SampleOutcome with { Description = English(501) };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [outcome] }), "outcomes[0].description.en");
    }

    [Fact]
    public void Validate_WhenOutcomeFigureIsNegative_FailsOnOutcomes0Figure()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [SampleOutcome with { Figure = -1 }] }), "outcomes[0].figure");
    }

    [Fact]
    public void Validate_WhenOutcomeFigureIsZeroOrWithoutFigure_Passes()
    {
        var outcomes = new[] { SampleOutcome with { Figure = 0 }, SampleOutcome with { Figure = null, Unit = null } };

        ValidationAssert.Passes(_validator.Validate(Create() with { Outcomes = outcomes }));
    }

    [Fact]
    public void Validate_WhenOutcomeFigureIsATrillion_FailsOnOutcomes0Figure()
    {
        var outcome = SampleOutcome with { Figure = 1_000_000_000_000m };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [outcome] }), "outcomes[0].figure");
    }

    [Fact]
    public void Validate_WhenPercentageIs100_Passes()
    {
        var outcome = SampleOutcome with { Figure = 100, Unit = OutcomeUnit.Percent };

        ValidationAssert.Passes(_validator.Validate(Create() with { Outcomes = [outcome] }));
    }

    [Fact]
    public void Validate_WhenPercentageIsOver100_FailsOnOutcomes0Figure()
    {
        var outcome = SampleOutcome with { Figure = 100.5m, Unit = OutcomeUnit.Percent };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [outcome] }), "outcomes[0].figure");
    }

    [Fact]
    public void Validate_WhenCountIsOver100_Passes()
    {
        var outcome = SampleOutcome with { Figure = 2_000, Unit = OutcomeUnit.Count };

        ValidationAssert.Passes(_validator.Validate(Create() with { Outcomes = [outcome] }));
    }

    [Fact]
    public void Validate_WhenOutcomeUnitIsUndefined_FailsOnOutcomes0Unit()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [SampleOutcome with { Unit = (OutcomeUnit)9 }] }), "outcomes[0].unit");
    }

    [Fact]
    public void Validate_WhenOutcomeQualifierIsUndefined_FailsOnOutcomes0Qualifier()
    {
        var outcome = SampleOutcome with { Qualifier = (OutcomeQualifier)9 };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Outcomes = [outcome] }), "outcomes[0].qualifier");
    }

    [Fact]
    public void Validate_When50HighlightsOf1000Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Highlights = Many(English(1_000), 50) }));
    }

    [Fact]
    public void Validate_When51Highlights_FailsOnHighlights()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Highlights = Many(English(10), 51) }), "highlights");
    }

    [Fact]
    public void Validate_WhenHighlightHasNoLanguage_FailsOnHighlights0()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Highlights = [Empty] }), "highlights[0]");
    }

    [Fact]
    public void Validate_WhenHighlightHas1001Characters_FailsOnHighlights0En()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Highlights = [English(1_001)] }), "highlights[0].en");
    }

    [Fact]
    public void Validate_When30KebabCaseTags_Passes()
    {
        var tags = Enumerable.Range(1, 30).Select(i => $"smart-city-{i}").ToList();

        ValidationAssert.Passes(_validator.Validate(Create() with { Tags = tags }));
    }

    [Fact]
    public void Validate_When31Tags_FailsOnTags()
    {
        var tags = Enumerable.Range(1, 31).Select(i => $"tag-{i}").ToList();

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Tags = tags }), "tags");
    }

    [Theory]
    [InlineData("Smart City")]
    [InlineData("IoT")]
    [InlineData("smart_city")]
    [InlineData("")]
    public void Validate_WhenTagIsNotKebabCase_FailsOnTags0(string tag)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Tags = [tag] }), "tags[0]");
    }

    [Fact]
    public void Validate_WhenTagIsMissing_FailsOnTags0()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Tags = [null!] }), "tags[0]");
    }

    [Fact]
    public void Validate_WhenTagHas50Characters_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Tags = [new string('t', 50)] }));
    }

    [Fact]
    public void Validate_WhenSecondTagHas51Characters_FailsOnTags1()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Tags = ["iot", new string('t', 51)] }), "tags[1]");
    }

    [Fact]
    public void Validate_When20Contacts_Passes()
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Contacts = Many(SampleContact, 20) }));
    }

    [Fact]
    public void Validate_When21Contacts_FailsOnContacts()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = Many(SampleContact, 21) }), "contacts");
    }

    [Fact]
    public void Validate_WhenContactHasNoName_FailsOnContacts0Name()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [SampleContact with { Name = Empty }] }), "contacts[0].name");
    }

    [Fact]
    public void Validate_WhenContactNameHas201Characters_FailsOnContacts0NameEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [SampleContact with { Name = English(201) }] }), "contacts[0].name.en");
    }

    [Theory]
    [InlineData("+852 2123 4567")]
    [InlineData("(852) 2123-4567")]
    [InlineData("21234567")]
    [InlineData(null)]
    public void Validate_WhenContactPhoneIsDigitsWithSeparatorsOrMissing_Passes(string? phone)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Contacts = [SampleContact with { Phone = phone }] }));
    }

    [Theory]
    [InlineData("call us")]
    [InlineData("123")]
    [InlineData("852+21234567")]
    [InlineData("+852 2123 4567 ext. 9")]
    public void Validate_WhenContactPhoneHasOtherCharactersOrIsTooShort_FailsOnContacts0Phone(string phone)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [SampleContact with { Phone = phone }] }), "contacts[0].phone");
    }

    [Fact]
    public void Validate_WhenContactPhoneHas41Characters_FailsOnContacts0Phone()
    {
        var contact = SampleContact with { Phone = new string('1', 41) };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [contact] }), "contacts[0].phone");
    }

    [Theory]
    [InlineData("events@example.org")]
    [InlineData(null)]
    public void Validate_WhenContactEmailIsAnAddressOrMissing_Passes(string? email)
    {
        ValidationAssert.Passes(_validator.Validate(Create() with { Contacts = [SampleContact with { Email = email }] }));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("@example.org")]
    [InlineData("events@")]
    public void Validate_WhenContactEmailIsNotAnAddress_FailsOnContacts0Email(string email)
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [SampleContact with { Email = email }] }), "contacts[0].email");
    }

    [Fact]
    public void Validate_WhenContactEmailHas255Characters_FailsOnContacts0Email()
    {
        var contact = SampleContact with { Email = new string('e', 243) + "@example.org" };

        ValidationAssert.FailsOnlyOn(_validator.Validate(Create() with { Contacts = [contact] }), "contacts[0].email");
    }
}
