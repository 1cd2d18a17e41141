using Scc.Application.Common.Auditing;

namespace Scc.Application.Tests.Common;

public class AuditEntryIdTests
{
    /// <summary>The database orders uuids by their bytes, which is the order of their text.</summary>
    private static int Order(Guid a, Guid b) => string.CompareOrdinal(a.ToString(), b.ToString());

    [Fact]
    public void FirstIdAt_BoundsTheIdsMadeInThatMillisecond()
    {
        var instant = new DateTimeOffset(2026, 11, 26, 3, 30, 0, 123, TimeSpan.Zero);
        var first = AuditEntry.FirstIdAt(instant);
        var next = AuditEntry.FirstIdAt(instant.AddMilliseconds(1));

        for (var i = 0; i < 1000; i++)
        {
            var id = Guid.CreateVersion7(instant.AddTicks(i * 7));
            Assert.True(Order(first, id) <= 0, $"{first} > {id}");
            Assert.True(Order(id, next) < 0, $"{id} >= {next}");
        }
        Assert.True(Order(Guid.CreateVersion7(instant.AddMilliseconds(-1)), first) < 0);
        Assert.Equal(7, first.Version);
    }
}
