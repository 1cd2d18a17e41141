using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>An exhibitor application's company and booth.</summary>
/// <param name="Technology">The technology or solution to exhibit.</param>
/// <param name="BoothNeeds">Space, power, network, furniture...</param>
public sealed record ExhibitorBody(string CompanyName, string Technology, Uri? Website = null, string? BoothNeeds = null)
{
    public ExhibitorDetails ToDetails() => new(CompanyName.Trim(), Technology.Trim(), Website, BoothNeeds);
}
