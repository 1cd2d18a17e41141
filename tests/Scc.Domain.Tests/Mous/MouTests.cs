using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Domain.Tests.Mous;

public class MouTests
{
    private static readonly Guid Depa = Guid.NewGuid();
    private static readonly Guid Scc = Guid.NewGuid();
    private static readonly DateOnly SignedOn = new(2023, 7, 13);

    private static MouContent Content(
        IReadOnlyList<MouParty>? parties = null, DateOnly? effectiveFrom = null, DateOnly? expiresOn = null) => new(
            new LocalizedText("MoU between depa and SCC", null),
            Purpose: null,
            Scope: null,
            parties ?? [new MouParty(Depa), new MouParty(Scc)],
            SignedOn,
            new SigningPlace(new LocalizedText("Bangkok", null), "th"),
            SignedAtEventId: null,
            DelegationId: null,
            FacilitatorOrganisationId: null,
            effectiveFrom,
            expiresOn,
            FollowUpEventIds: [],
            FollowUpDelegationIds: []);

    private static Mou Create(MouContent? content = null)
    {
        var created = Mou.Create(Guid.NewGuid(), "depa-scc", content ?? Content());
        Assert.True(created.IsSuccess, created.Error?.Description);
        return created.Value;
    }

    [Fact]
    public void Create_WithTwoParties_IsDraftWithPartyLookupKeys()
    {
        var mou = Create();

        Assert.Equal(MouVisibility.Draft, mou.Visibility);
        Assert.Equal([Depa, Scc], mou.PartyOrganisationIds);
        Assert.Equal("TH", mou.SignedAt!.CountryCode);
    }

    [Fact]
    public void Create_WithOneParty_IsRefusedNamingParties()
    {
        var created = Mou.Create(Guid.NewGuid(), "x", Content(parties: [new MouParty(Depa)]));

        Assert.Equal("parties", created.Error?.Field);
    }

    [Fact]
    public void Create_WithTheSameOrganisationTwice_IsRefusedNamingParties()
    {
        var created = Mou.Create(Guid.NewGuid(), "x", Content(parties: [new MouParty(Depa), new MouParty(Depa)]));
        var threeWithRepeat = Mou.Create(Guid.NewGuid(), "x", Content(parties: [new MouParty(Depa), new MouParty(Scc), new MouParty(Depa)]));

        Assert.Equal("parties", created.Error?.Field);
        Assert.Equal("parties", threeWithRepeat.Error?.Field);
    }

    [Fact]
    public void Create_WhenExpiringBeforeTakingEffect_IsRefusedNamingExpiresOn()
    {
        var beforeEffective = Mou.Create(Guid.NewGuid(), "x", Content(effectiveFrom: new DateOnly(2023, 8, 1), expiresOn: new DateOnly(2023, 7, 31)));
        var beforeSigning = Mou.Create(Guid.NewGuid(), "x", Content(expiresOn: new DateOnly(2023, 7, 12)));

        Assert.Equal("expiresOn", beforeEffective.Error?.Field);
        Assert.Equal("expiresOn", beforeSigning.Error?.Field);
    }

    [Theory]
    [InlineData("2023-07-12", null, null, MouStatus.Pending)]
    [InlineData("2023-07-13", null, null, MouStatus.Active)]
    [InlineData("2023-07-20", "2023-08-01", null, MouStatus.Pending)]
    [InlineData("2023-08-01", "2023-08-01", null, MouStatus.Active)]
    [InlineData("2026-07-13", null, "2026-07-13", MouStatus.Active)]
    [InlineData("2026-07-14", null, "2026-07-13", MouStatus.Expired)]
    public void StatusOn_FollowsTheTerm(string today, string? effectiveFrom, string? expiresOn, MouStatus expected)
    {
        var mou = Create(Content(effectiveFrom: effectiveFrom is null ? null : DateOnly.Parse(effectiveFrom, System.Globalization.CultureInfo.InvariantCulture),
            expiresOn: expiresOn is null ? null : DateOnly.Parse(expiresOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, mou.StatusOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Terminate_MakesItTerminatedAndRefusesASecondTermination()
    {
        var mou = Create(Content(expiresOn: new DateOnly(2024, 1, 1)));

        Assert.True(mou.Terminate(new DateOnly(2023, 9, 1), new LocalizedText("By mutual agreement.", null)).IsSuccess);

        Assert.Equal(MouStatus.Terminated, mou.StatusOn(new DateOnly(2030, 1, 1)));
        Assert.Equal("invalid_transition", mou.Terminate(new DateOnly(2023, 10, 1), null).Error?.Code);
        Assert.Equal(new DateOnly(2023, 9, 1), mou.TerminatedOn);
    }

    [Fact]
    public void Terminate_BeforeSigning_IsRefusedNamingTerminatedOn()
    {
        var mou = Create();

        Assert.Equal("terminatedOn", mou.Terminate(new DateOnly(2023, 7, 12), null).Error?.Field);
        Assert.Null(mou.TerminatedOn);
    }

    [Fact]
    public void Publish_Twice_IsRefusedAndOnlyDraftsAreDeletable()
    {
        var mou = Create();
        Assert.True(mou.EnsureDeletable().IsSuccess);

        Assert.True(mou.Publish(DateTimeOffset.UtcNow).IsSuccess);

        Assert.Equal("invalid_transition", mou.Publish(DateTimeOffset.UtcNow).Error?.Code);
        Assert.Equal(ErrorKind.Conflict, mou.EnsureDeletable().Error?.Kind);
    }
}
