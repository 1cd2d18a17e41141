using Scc.Application.Events.ChangeEventStatus;
using Scc.Domain.Common;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class ChangeEventStatusValidatorTests
{
    private readonly ChangeEventStatusValidator _validator = new();

    private static ChangeEventStatusCommand Command(EventTransition transition = EventTransition.Postpone, LocalizedText? note = null) =>
        new(Guid.NewGuid(), transition, note, ExpectedVersion: null);

    [Theory]
    [InlineData(EventTransition.Publish)]
    [InlineData(EventTransition.Postpone)]
    [InlineData(EventTransition.Cancel)]
    public void Validate_WhenTransitionIsKnownAndNoteMissing_Passes(EventTransition transition)
    {
        ValidationAssert.Passes(_validator.Validate(Command(transition)));
    }

    [Fact]
    public void Validate_WhenTransitionIsUndefined_FailsOnTransition()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Command((EventTransition)9)), "transition");
    }

    [Fact]
    public void Validate_WhenNoteHas1000CharactersInEachLanguage_Passes()
    {
        var note = new LocalizedText(new string('a', 1_000), new string('智', 1_000));

        ValidationAssert.Passes(_validator.Validate(Command(note: note)));
    }

    [Fact]
    public void Validate_WhenEnglishNoteHas1001Characters_FailsOnNoteEn()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Command(note: English(1_001))), "note.en");
    }

    [Fact]
    public void Validate_WhenChineseNoteHas1001Characters_FailsOnNoteZhHant()
    {
        ValidationAssert.FailsOnlyOn(_validator.Validate(Command(note: Chinese(1_001))), "note.zh-Hant");
    }
}
