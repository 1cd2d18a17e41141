namespace Scc.Application.Images;

/// <summary>Where an uploaded image belongs: the one image each of these kinds of content carries.</summary>
public enum ImageSlot
{
    EventPoster,
    OrganisationLogo,
    PersonPortrait,
}
