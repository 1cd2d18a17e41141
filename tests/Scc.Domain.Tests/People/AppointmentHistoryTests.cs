using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Domain.Tests.People;

public class AppointmentHistoryTests
{
    private static readonly Guid Scc = Guid.Parse("0190a7a1-0000-7000-8000-000000000001");
    private static readonly Guid LegCo = Guid.Parse("0190a7a1-0000-7000-8000-000000000002");

    private static Appointment Titled(string title, DateOnly? from = null, DateOnly? to = null, Guid? organisationId = null) =>
        new(new LocalizedText(title, null), organisationId, from, to);

    private static readonly Appointment Secretary = Titled("Secretary", to: new DateOnly(2023, 6, 30), organisationId: Scc);
    private static readonly Appointment Chairman = Titled("Chairman", from: new DateOnly(2023, 7, 1), organisationId: Scc);

    [Theory]
    [InlineData("2023-06-30", "Secretary")]
    [InlineData("2023-07-01", "Chairman")]
    [InlineData("2023-07-13", "Chairman")]
    [InlineData("2001-01-01", "Secretary")]
    public void On_WhenAppointmentsFollowEachOther_GivesTheOneValidThatDay(string day, string expected)
    {
        var titles = AppointmentHistory.On([Secretary, Chairman], DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([expected], titles.Select(t => t.Title.En));
    }

    [Fact]
    public void On_WhenSeveralAreHeldAtOnce_GivesAllMostRecentlyStartedFirst()
    {
        var member = Titled("Member", from: new DateOnly(2022, 1, 1), organisationId: LegCo);
        var founder = Titled("Founder");

        var titles = AppointmentHistory.On([founder, Chairman, member], new DateOnly(2023, 7, 13));

        Assert.Equal(["Chairman", "Member", "Founder"], titles.Select(t => t.Title.En));
    }

    [Fact]
    public void On_WhenNothingIsValid_IsEmpty()
    {
        var ended = Titled("Former", new DateOnly(2010, 1, 1), new DateOnly(2012, 12, 31));

        Assert.Empty(AppointmentHistory.On([ended], new DateOnly(2023, 7, 13)));
    }

    [Fact]
    public void OrganisationIds_GivesEachOrganisationOnceAndSkipsAppointmentsWithoutOne()
    {
        var ids = AppointmentHistory.OrganisationIds([Secretary, Titled("Founder"), Chairman, Titled("Member", organisationId: LegCo)]);

        Assert.Equal([Scc, LegCo], ids);
    }

    [Fact]
    public void PersonAppointmentsOn_AgreesWithTheHistory()
    {
        var person = Person.Create(Guid.NewGuid(), "sequence", new LocalizedText("Sequence", null), "Dr", [Secretary, Chairman]).Value;

        Assert.Equal([Chairman], person.AppointmentsOn(new DateOnly(2023, 7, 13)));
    }

    [Fact]
    public void PersonCreate_WhenAnAppointmentEndsBeforeItStarts_NamesIt()
    {
        var backwards = Titled("Backwards", new DateOnly(2023, 7, 1), new DateOnly(2023, 6, 30));

        var result = Person.Create(Guid.NewGuid(), "backwards", new LocalizedText("Backwards", null), null, [Chairman, backwards]);

        Assert.False(result.IsSuccess);
        Assert.Equal("appointments[1].to", result.Error!.Field);
    }
}
