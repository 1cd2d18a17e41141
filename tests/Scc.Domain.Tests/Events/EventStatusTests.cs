using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Tests.Events;

public class EventStatusTests
{
    private static readonly DateTimeOffset FirstPublication = new(2023, 7, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondPublication = new(2023, 7, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_WhenContentIsValid_StartsAsUnpublishedDraft()
    {
        var evt = Events.Create();

        Assert.Equal(EventStatus.Draft, evt.Status);
        Assert.Null(evt.PublishedAt);
        Assert.Null(evt.StatusNote);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Postponed)]
    public void Publish_WhenDraftOrPostponed_MakesEventPublished(EventStatus from)
    {
        var evt = Events.InStatus(from);

        var result = evt.Publish(SecondPublication);

        Assert.True(result.IsSuccess);
        Assert.Equal(EventStatus.Published, evt.Status);
    }

    [Theory]
    [InlineData(EventStatus.Published)]
    [InlineData(EventStatus.Cancelled)]
    public void Publish_WhenPublishedOrCancelled_IsRefusedAsInvalidTransition(EventStatus from)
    {
        var evt = Events.InStatus(from);

        var result = evt.Publish(SecondPublication);

        AssertInvalidTransition(result);
        Assert.Equal(from, evt.Status);
    }

    [Fact]
    public void Publish_WhenFirstTime_SetsPublishedAtToNow()
    {
        var evt = Events.Create();

        evt.Publish(FirstPublication);

        Assert.Equal(FirstPublication, evt.PublishedAt);
    }

    [Fact]
    public void Publish_WhenRepublishedAfterPostponement_KeepsFirstPublishedAt()
    {
        var evt = Events.Create();
        evt.Publish(FirstPublication);
        evt.Postpone(null);

        var result = evt.Publish(SecondPublication);

        Assert.True(result.IsSuccess);
        Assert.Equal(FirstPublication, evt.PublishedAt);
    }

    [Fact]
    public void Publish_WhenPostponedWithNote_ClearsStatusNote()
    {
        var evt = Events.InStatus(EventStatus.Published);
        evt.Postpone(new LocalizedText("Postponed because of a typhoon signal No. 8.", null));

        evt.Publish(SecondPublication);

        Assert.Null(evt.StatusNote);
    }

    [Fact]
    public void Postpone_WhenPublished_MakesEventPostponedWithNote()
    {
        var evt = Events.InStatus(EventStatus.Published);
        var note = new LocalizedText("New date to be announced.", "新日期稍後公佈。");

        var result = evt.Postpone(note);

        Assert.True(result.IsSuccess);
        Assert.Equal(EventStatus.Postponed, evt.Status);
        Assert.Equal(note, evt.StatusNote);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Postponed)]
    [InlineData(EventStatus.Cancelled)]
    public void Postpone_WhenNotPublished_IsRefusedAsInvalidTransition(EventStatus from)
    {
        var evt = Events.InStatus(from);

        var result = evt.Postpone(null);

        AssertInvalidTransition(result);
        Assert.Equal(from, evt.Status);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Published)]
    [InlineData(EventStatus.Postponed)]
    public void Cancel_WhenNotCancelled_MakesEventCancelledWithNote(EventStatus from)
    {
        var evt = Events.InStatus(from);
        var note = new LocalizedText("Cancelled.", "已取消。");

        var result = evt.Cancel(note);

        Assert.True(result.IsSuccess);
        Assert.Equal(EventStatus.Cancelled, evt.Status);
        Assert.Equal(note, evt.StatusNote);
    }

    [Fact]
    public void Cancel_WhenAlreadyCancelled_IsRefusedAsInvalidTransition()
    {
        var evt = Events.InStatus(EventStatus.Cancelled);

        var result = evt.Cancel(null);

        AssertInvalidTransition(result);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Cancelled)]
    public void EnsureDeletable_WhenDraftOrCancelled_Succeeds(EventStatus status)
    {
        var evt = Events.InStatus(status);

        Assert.True(evt.EnsureDeletable(hasLiveRegistrations: false).IsSuccess);
    }

    [Fact]
    public void EnsureDeletable_WhenCancelledWithLiveRegistrations_IsRefused()
    {
        var evt = Events.InStatus(EventStatus.Cancelled);

        var result = evt.EnsureDeletable(hasLiveRegistrations: true);

        Assert.False(result.IsSuccess);
        Assert.Equal("event_has_live_registrations", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
    }

    [Theory]
    [InlineData(EventStatus.Published)]
    [InlineData(EventStatus.Postponed)]
    public void EnsureDeletable_WhenPublishedOrPostponed_IsRefusedAsNotDeletable(EventStatus status)
    {
        var evt = Events.InStatus(status);

        var result = evt.EnsureDeletable(hasLiveRegistrations: false);

        Assert.False(result.IsSuccess);
        Assert.Equal("event_not_deletable", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
    }

    private static void AssertInvalidTransition(Result result)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal("invalid_transition", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
    }
}
