using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Domain.Tests.Programmes;

public class ProgrammeTests
{
    private static readonly Guid Devb = Guid.Parse("0190a7a1-0000-7000-8000-000000000003");

    [Fact]
    public void Create_WhenAnOrganisationPlaysTwoParts_IsAccepted()
    {
        var result = Programme.Create(Guid.NewGuid(), "geolab", new LocalizedText("GeoLab", null), null, null,
            [new(Devb, OrganisationRole.Establisher), new(Devb, OrganisationRole.Funder)]);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.Value.Organisations.Count);
    }

    [Fact]
    public void Create_WhenAnOrganisationIsListedTwiceInOneRole_NamesTheRepeat()
    {
        var result = Programme.Create(Guid.NewGuid(), "geolab", new LocalizedText("GeoLab", null), null, null,
            [new(Devb, OrganisationRole.Establisher), new(Devb, OrganisationRole.Funder), new(Devb, OrganisationRole.Establisher)]);

        Assert.False(result.IsSuccess);
        Assert.Equal("organisations[2]", result.Error!.Field);
    }
}
