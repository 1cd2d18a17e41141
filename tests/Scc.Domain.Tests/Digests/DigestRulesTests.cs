using Scc.Domain.Common;
using Scc.Domain.Digests;
using Scc.Domain.People;

namespace Scc.Domain.Tests.Digests;

public sealed class DigestRulesTests
{
    private static readonly TimeZoneInfo HongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
    private static readonly DigestPeriod Period = new(new DateOnly(2023, 5, 1), new DateOnly(2023, 10, 31), new DateOnly(2023, 8, 15));

    private static DateTimeOffset Hk(int month, int day, int hour = 0) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static DigestCandidate Candidate(DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset? deadline = null, bool own = false, string title = "x") =>
        new(DigestItemKind.Event, Guid.CreateVersion7(), start, end, deadline, own, title);

    [Fact]
    public void SectionOf_WhenOverBeforeAsOfAndWithinThePeriod_IsReview() =>
        Assert.Equal(DigestSection.Review, DigestRules.SectionOf(Candidate(Hk(7, 13), Hk(7, 15)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenOverBeforeThePeriod_IsNothing() =>
        Assert.Null(DigestRules.SectionOf(Candidate(Hk(4, 10), Hk(4, 11)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenEndingAtTheStartOfAsOf_IsReview() =>
        Assert.Equal(DigestSection.Review, DigestRules.SectionOf(Candidate(Hk(8, 14), Hk(8, 15)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenOnAsOfItself_IsUpcoming() =>
        Assert.Equal(DigestSection.Upcoming, DigestRules.SectionOf(Candidate(Hk(8, 15, 16), Hk(8, 15, 18)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenStillRunningOnAsOf_IsUpcoming() =>
        Assert.Equal(DigestSection.Upcoming, DigestRules.SectionOf(Candidate(Hk(8, 10), Hk(8, 20)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenStartingAfterThePeriod_IsNothing() =>
        Assert.Null(DigestRules.SectionOf(Candidate(Hk(11, 22), Hk(11, 25)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenStartingAfterThePeriodButTheDeadlineFallsInIt_IsUpcoming() =>
        Assert.Equal(DigestSection.Upcoming, DigestRules.SectionOf(Candidate(Hk(11, 15), Hk(11, 20), deadline: Hk(8, 25, 23)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenUndatedWithADeadlineAhead_IsUpcoming() =>
        Assert.Equal(DigestSection.Upcoming, DigestRules.SectionOf(Candidate(null, null, deadline: Hk(9, 29, 23)), Period, HongKong));

    [Fact]
    public void SectionOf_WhenUndatedWithoutDeadline_IsNothing() =>
        Assert.Null(DigestRules.SectionOf(Candidate(null, null), Period, HongKong));

    [Fact]
    public void SectionOf_WhenUndatedAndItsDeadlineHasPassed_IsNothing() =>
        Assert.Null(DigestRules.SectionOf(Candidate(null, null, deadline: Hk(8, 1)), Period, HongKong));

    [Fact]
    public void Compose_PutsTheReviewOldestFirstAndTheConsortiumsOwnUpcomingEventsBeforeOthers()
    {
        var older = Candidate(Hk(6, 1), Hk(6, 2), title: "older");
        var newer = Candidate(Hk(7, 1), Hk(7, 2), title: "newer");
        var supportedSoon = Candidate(Hk(8, 20), Hk(8, 21), title: "supported soon");
        var ownLater = Candidate(Hk(10, 13), Hk(10, 14), own: true, title: "own later");
        var undated = Candidate(null, null, deadline: Hk(9, 29), title: "undated");

        var entries = DigestRules.Compose([ownLater, newer, undated, supportedSoon, older], Period, HongKong);

        Assert.Equal([older.Id, newer.Id, ownLater.Id, supportedSoon.Id, undated.Id], entries.Select(e => e.Id));
        Assert.Equal([null, null, DigestGroup.Own, DigestGroup.Others, DigestGroup.Others], entries.Select(e => e.Group));
    }

    [Fact]
    public void Arrange_PinsFirstLeavesOutAndOrdersByPositionWithinTheGroup()
    {
        var a = Candidate(Hk(6, 1), Hk(6, 2), title: "a");
        var b = Candidate(Hk(7, 1), Hk(7, 2), title: "b");
        var own = Candidate(Hk(9, 1), Hk(9, 2), own: true, title: "own");
        var c = Candidate(Hk(9, 3), Hk(9, 4), title: "c");
        var d = Candidate(Hk(9, 5), Hk(9, 6), title: "d");
        var e = Candidate(Hk(9, 7), Hk(9, 8), title: "e");
        var composed = DigestRules.Compose([a, b, own, c, d, e], Period, HongKong);

        var arranged = DigestRules.Arrange(composed,
        [
            new DigestItemChoice(DigestItemKind.Event, b.Id, Pinned: true),
            new DigestItemChoice(DigestItemKind.Event, d.Id, LeftOut: true),
            new DigestItemChoice(DigestItemKind.Event, e.Id, Position: 1),
            new DigestItemChoice(DigestItemKind.Event, e.Id, Pinned: true),   // a second choice about the same item is ignored
            new DigestItemChoice(DigestItemKind.Event, Guid.CreateVersion7(), Pinned: true),   // not in the digest: ignored
        ]);

        Assert.Equal([b.Id, a.Id, own.Id, e.Id, c.Id], arranged.Select(x => x.Id));
        Assert.True(arranged[0].Pinned);
        Assert.False(arranged[3].Pinned);
    }

    [Fact]
    public void Create_WhenAsOfOutsideThePeriod_IsRefused()
    {
        var result = DigestPeriod.Create(new DateOnly(2023, 5, 1), new DateOnly(2023, 10, 31), new DateOnly(2023, 11, 1));

        Assert.Equal("asOf", result.Error!.Field);
    }

    [Fact]
    public void Create_WhenTheEndIsBeforeTheStart_IsRefused()
    {
        var result = DigestPeriod.Create(new DateOnly(2023, 5, 1), new DateOnly(2023, 4, 30), new DateOnly(2023, 4, 30));

        Assert.Equal("to", result.Error!.Field);
    }

    [Fact]
    public void Edit_WhenPublished_IsRefused()
    {
        var digest = Digest.Create(Guid.CreateVersion7(), "q3", new LocalizedText("Q3", null), null, Period);
        digest.Publish(DateTimeOffset.UnixEpoch);

        var result = digest.Edit("q3", new LocalizedText("Q3", null), null, Period, [], []);

        Assert.Equal("digest_published", result.Error!.Code);
        Assert.Equal("invalid_transition", digest.Publish(DateTimeOffset.UnixEpoch).Error!.Code);
    }

    [Fact]
    public void Edit_ChoosingTheSameItemTwiceOrOneOutsideTheDigest_IsRefusedNamingIt()
    {
        var digest = Digest.Create(Guid.CreateVersion7(), "q3", new LocalizedText("Q3", null), null, Period);
        var id = Guid.CreateVersion7();
        (DigestItemKind, Guid)[] available = [(DigestItemKind.Event, id)];

        var twice = digest.Edit("q3", new LocalizedText("Q3", null), null, Period,
            [new DigestItemChoice(DigestItemKind.Event, id), new DigestItemChoice(DigestItemKind.Event, id, Pinned: true)], available);
        var outside = digest.Edit("q3", new LocalizedText("Q3", null), null, Period, [new DigestItemChoice(DigestItemKind.Mou, id)], available);

        Assert.Equal("items[1]", twice.Error!.Field);
        Assert.Equal("items[0]", outside.Error!.Field);
        Assert.Empty(digest.Items);
    }

    [Fact]
    public void ChooseTitle_PrefersTheItemsOrganisationThenTheConsortium()
    {
        var scc = Guid.CreateVersion7();
        var panel = Guid.CreateVersion7();
        Appointment[] appointments =
        [
            new(new LocalizedText("Founder and Honorary President", null), scc),
            new(new LocalizedText("Chairman of the Panel on Environmental Affairs", null), panel),
            new(new LocalizedText("Legislative Council Member", null), Guid.CreateVersion7(), From: new DateOnly(2022, 1, 1)),
        ];
        var day = new DateOnly(2023, 8, 7);

        Assert.Equal("Chairman of the Panel on Environmental Affairs", DigestTitles.Choose(appointments, day, [panel], scc)!.Title.En);
        Assert.Equal("Founder and Honorary President", DigestTitles.Choose(appointments, day, [], scc)!.Title.En);
        Assert.Equal("Legislative Council Member", DigestTitles.Choose(appointments, day, [], null)!.Title.En);
        Assert.Null(DigestTitles.Choose(appointments.Skip(2), new DateOnly(2021, 1, 1), [], scc));
    }
}
