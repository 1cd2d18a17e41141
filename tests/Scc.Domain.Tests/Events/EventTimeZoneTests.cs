using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Tests.Events;

public class EventTimeZoneTests
{
    [Theory]
    [InlineData("Asia/Hong_Kong")]
    [InlineData("Asia/Bangkok")]
    [InlineData("Asia/Shanghai")]
    [InlineData("UTC")]
    public void TryFindTimeZone_WhenIanaId_FindsThatZone(string id)
    {
        var found = Event.TryFindTimeZone(id, out var timeZone);

        Assert.True(found);
        Assert.Equal(id, timeZone.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("UTC+8")]
    [InlineData("China Standard Time")]
    [InlineData("SE Asia Standard Time")]
    public void TryFindTimeZone_WhenNotAnIanaId_IsRefused(string? id)
    {
        Assert.False(Event.TryFindTimeZone(id, out _));
    }

    [Fact]
    public void Create_WhenTimeZoneIsWindowsId_IsRefusedOnTimeZone()
    {
        var result = Event.Create(Guid.NewGuid(), "seminar", Events.Content(timeZone: "China Standard Time"));

        Assert.False(result.IsSuccess);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("timeZone", result.Error.Field);
    }

    [Fact]
    public void Create_WhenTimeZoneIsUnknown_IsRefusedOnTimeZone()
    {
        var result = Event.Create(Guid.NewGuid(), "seminar", Events.Content(timeZone: "Mars/Olympus"));

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("timeZone", result.Error.Field);
    }

    [Fact]
    public void Create_WhenTimeZoneIsIanaId_StoresIt()
    {
        var evt = Events.Create(Events.Content(timeZone: "Asia/Shanghai"));

        Assert.Equal("Asia/Shanghai", evt.TimeZone);
    }
}
