namespace Scc.Domain.Registrations;

/// <summary>What an exhibitor application says about the company and its booth.</summary>
/// <param name="Technology">The technology or solution the company wants to exhibit.</param>
/// <param name="BoothNeeds">Space, power, network, furniture...</param>
public sealed record ExhibitorDetails(string CompanyName, string Technology, Uri? Website = null, string? BoothNeeds = null);
