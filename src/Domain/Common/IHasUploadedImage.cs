namespace Scc.Domain.Common;

/// <summary>Content that carries one uploaded image: an event's poster, an organisation's logo, a person's portrait.</summary>
public interface IHasUploadedImage
{
    UploadedImage? UploadedImage { get; }

    /// <summary>Sets or (with null) removes the image; the caller removes the replaced image's renditions.</summary>
    void ReplaceUploadedImage(UploadedImage? image);
}
