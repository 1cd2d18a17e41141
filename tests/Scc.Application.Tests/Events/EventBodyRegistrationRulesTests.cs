using Scc.Application.Events.CreateEvent;
using Scc.Domain.Events;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class EventBodyRegistrationRulesTests
{
    private static readonly DateTimeOffset Opens = new(2023, 8, 1, 9, 0, 0, HongKongOffset);

    private readonly CreateEventValidator _validator = new();

    private FluentValidation.Results.ValidationResult Validate(RegistrationSettings registration) =>
        _validator.Validate(Create() with { Registration = registration });

    [Fact]
    public void Validate_WhenRegistrationIsComplete_Passes()
    {
        var registration = new RegistrationSettings(
            RegistrationMode.External,
            Url: new Uri("https://example.org/register"),
            OpensAt: Opens,
            ClosesAt: Opens.AddDays(20),
            Capacity: 120,
            WaitingList: true,
            Note: English(1_000));

        ValidationAssert.Passes(Validate(registration));
    }

    [Fact]
    public void Validate_WhenRegistrationModeIsUndefined_FailsOnRegistrationMode()
    {
        ValidationAssert.FailsOnlyOn(Validate(new RegistrationSettings((RegistrationMode)9)), "registration.mode");
    }

    [Fact]
    public void Validate_WhenRegistrationUrlIsNotHttp_FailsOnRegistrationUrl()
    {
        var registration = new RegistrationSettings(RegistrationMode.External, Url: new Uri("ftp://example.org/register"));

        ValidationAssert.FailsOnlyOn(Validate(registration), "registration.url");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000_000)]
    public void Validate_WhenCapacityIsWithinOneToAMillion_Passes(int capacity)
    {
        ValidationAssert.Passes(Validate(new RegistrationSettings(RegistrationMode.Internal, Capacity: capacity)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1_000_001)]
    public void Validate_WhenCapacityIsOutsideOneToAMillion_FailsOnRegistrationCapacity(int capacity)
    {
        ValidationAssert.FailsOnlyOn(Validate(new RegistrationSettings(RegistrationMode.Internal, Capacity: capacity)), "registration.capacity");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_WhenRegistrationClosesNotAfterItOpens_FailsOnRegistrationClosesAt(int hoursAfterOpening)
    {
        var registration = new RegistrationSettings(RegistrationMode.Internal, OpensAt: Opens, ClosesAt: Opens.AddHours(hoursAfterOpening));

        ValidationAssert.FailsOnlyOn(Validate(registration), "registration.closesAt");
    }

    [Fact]
    public void Validate_WhenRegistrationOnlyCloses_Passes()
    {
        ValidationAssert.Passes(Validate(new RegistrationSettings(RegistrationMode.Internal, ClosesAt: Opens)));
    }

    [Fact]
    public void Validate_WhenRegistrationNoteHas1001Characters_FailsOnRegistrationNoteZhHant()
    {
        var registration = new RegistrationSettings(RegistrationMode.Internal, Note: Chinese(1_001));

        ValidationAssert.FailsOnlyOn(Validate(registration), "registration.note.zh-Hant");
    }
}
