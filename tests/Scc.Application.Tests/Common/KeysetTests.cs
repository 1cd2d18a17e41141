using Scc.Application.Common;
using Scc.Application.Common.Paging;

namespace Scc.Application.Tests.Common;

/// <summary>The keyset conditions, run in memory: from the cursor of any row, exactly the rows after it are left.</summary>
public class KeysetTests
{
    private sealed record Row(Guid Id, string Slug, DateOnly Date, DateTimeOffset? Instant);

    private static readonly DateTimeOffset Noon = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    // Rows that share a date or an instant, and rows without an instant, so that the id has to decide.
    private static readonly Row[] Rows =
    [
        new(Guid.Parse("0195a000-0000-7000-8000-000000000005"), "delta", new DateOnly(2025, 3, 4), Noon),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000002"), "alpha", new DateOnly(2025, 3, 4), null),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000007"), "echo", new DateOnly(2025, 1, 9), Noon.AddDays(-3)),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000001"), "charlie", new DateOnly(2025, 3, 4), Noon),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000004"), "bravo", new DateOnly(2025, 6, 30), null),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000003"), "foxtrot", new DateOnly(2025, 1, 9), Noon.AddDays(2)),
        new(Guid.Parse("0195a000-0000-7000-8000-000000000006"), "golf", new DateOnly(2025, 6, 30), null),
    ];

    [Fact]
    public void OrderByIdAfter_FromEachRow_LeavesTheRowsAfterIt() =>
        AssertEachCursorLeavesTheRowsAfterIt(
            [.. Rows.OrderBy(r => r.Id)],
            last => Rows.AsQueryable().OrderByIdAfter(r => r.Id, last?.Id));

    [Fact]
    public void OrderByIdDescendingAfter_FromEachRow_LeavesTheRowsAfterIt() =>
        AssertEachCursorLeavesTheRowsAfterIt(
            [.. Rows.OrderByDescending(r => r.Id)],
            last => Rows.AsQueryable().OrderByIdDescendingAfter(r => r.Id, last?.Id));

    [Fact]
    public void OrderBySlugAfter_FromEachRow_LeavesTheRowsAfterIt() =>
        AssertEachCursorLeavesTheRowsAfterIt(
            [.. Rows.OrderBy(r => r.Slug, StringComparer.Ordinal)],
            last => Rows.AsQueryable().OrderBySlugAfter(r => r.Slug, last?.Slug));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OrderByKeyAfter_OnDates_FromEachRow_LeavesTheRowsAfterIt(bool descending) =>
        AssertEachCursorLeavesTheRowsAfterIt(
            descending ? [.. Rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)] : [.. Rows.OrderBy(r => r.Date).ThenBy(r => r.Id)],
            last => Rows.AsQueryable().OrderByKeyAfter(
                r => r.Date, r => r.Id, last is null ? null : new Cursor("date", HomeCalendar.ToKey(last.Date), last.Id), descending));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OrderByKeyAfter_OnMissingInstants_FromEachRow_LeavesTheRowsAfterItInPostgresOrder(bool descending)
    {
        // PostgreSQL's order, which the conditions follow: rows without an instant last ascending, first descending.
        Row[] order = descending
            ? [.. Rows.OrderBy(r => r.Instant is null ? 0 : 1).ThenByDescending(r => r.Instant).ThenByDescending(r => r.Id)]
            : [.. Rows.OrderBy(r => r.Instant is null ? 1 : 0).ThenBy(r => r.Instant).ThenBy(r => r.Id)];

        for (var i = 0; i < order.Length; i++)
        {
            var cursor = new Cursor("instant", order[i].Instant, order[i].Id);
            var left = Rows.AsQueryable().OrderByKeyAfter(r => r.Instant, r => r.Id, cursor, descending);

            // In memory, missing instants sort first both ways: compare which rows are left, not their order.
            Assert.Equal(order.Skip(i + 1).Select(r => r.Id).Order(), left.Select(r => r.Id).Order());
        }
    }

    private static void AssertEachCursorLeavesTheRowsAfterIt(Row[] order, Func<Row?, IQueryable<Row>> after)
    {
        Assert.Equal(order, after(null));
        for (var i = 0; i < order.Length; i++) Assert.Equal(order.Skip(i + 1), after(order[i]));
    }
}
