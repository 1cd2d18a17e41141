using System.Text;
using Scc.Application.Common.Paging;

namespace Scc.Application.Tests.Common;

public class CursorTests
{
    private static readonly Guid LastId = Guid.Parse("0190d9a2-6f1e-7c3b-9a8e-1b2c3d4e5f60");

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public void TryDecode_WhenEncodedWithSameSort_ReturnsTheSameCursor()
    {
        var cursor = new Cursor("startsAt", new DateTimeOffset(2023, 8, 25, 8, 0, 0, TimeSpan.Zero), LastId);

        var decoded = Cursor.TryDecode(cursor.Encode(), "startsAt", out var result);

        Assert.True(decoded);
        Assert.Equal(cursor, result);
        Assert.Equal(TimeSpan.Zero, result!.Key!.Value.Offset);
    }

    [Fact]
    public void TryDecode_WhenKeyIsNull_ReturnsCursorWithoutKey()
    {
        var cursor = new Cursor("-startsAt", null, LastId);

        var decoded = Cursor.TryDecode(cursor.Encode(), "-startsAt", out var result);

        Assert.True(decoded);
        Assert.Equal(cursor, result);
    }

    [Fact]
    public void Encode_MakesUrlSafeText()
    {
        for (var i = 0; i < 50; i++)
        {
            var encoded = new Cursor("-startsAt", DateTimeOffset.UnixEpoch.AddSeconds(i * 7919), Guid.NewGuid()).Encode();

            Assert.DoesNotContain('+', encoded);
            Assert.DoesNotContain('/', encoded);
            Assert.DoesNotContain('=', encoded);
        }
    }

    [Fact]
    public void TryDecode_WhenMadeForStartsAtButUsedForDescending_IsRefused()
    {
        var encoded = new Cursor("startsAt", DateTimeOffset.UtcNow, LastId).Encode();

        var decoded = Cursor.TryDecode(encoded, "-startsAt", out var result);

        Assert.False(decoded);
        Assert.Null(result);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("!!!")]
    [InlineData("a")]
    public void TryDecode_WhenNotACursor_IsRefused(string text)
    {
        Assert.False(Cursor.TryDecode(text, "startsAt", out var result));
        Assert.Null(result);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("{\"Sort\":\"startsAt\",\"Key\":\"tomorrow\",\"Id\":\"0190d9a2-6f1e-7c3b-9a8e-1b2c3d4e5f60\"}")]
    public void TryDecode_WhenBase64OfOtherJson_IsRefused(string json)
    {
        Assert.False(Cursor.TryDecode(Base64Url(json), "startsAt", out var result));
        Assert.Null(result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryDecode_WhenNoCursorIsGiven_SucceedsWithoutCursor(string? text)
    {
        Assert.True(Cursor.TryDecode(text, "startsAt", out var result));
        Assert.Null(result);
    }
}
