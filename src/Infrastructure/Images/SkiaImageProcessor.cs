using Scc.Application.Images;
using Scc.Domain.Common;
using SkiaSharp;

namespace Scc.Infrastructure.Images;

/// <summary>
/// The image work with SkiaSharp: the format told by the file's first bytes, the dimensions read from the header and
/// checked before a pixel is decoded (a decompression bomb declares its size there), the EXIF orientation applied, and
/// every rendition encoded afresh from pixels, so that no metadata (EXIF, GPS, comments) of the upload survives.
/// </summary>
public sealed class SkiaImageProcessor : IImageProcessor
{
    private const int JpegQuality = 85;
    private const int WebpQuality = 80;

    public Result<ProcessedImage> Process(byte[] content)
    {
        if (Sniff(content) is not { } format) return ImageErrors.UnsupportedType;
        try
        {
            using var data = SKData.CreateCopy(content);
            using var codec = SKCodec.Create(data);
            if (codec is null) return ImageErrors.Unreadable;
            if (FormatOf(codec.EncodedFormat) != format) return ImageErrors.UnsupportedType;

            var (width, height) = (codec.Info.Width, codec.Info.Height);
            if (width <= 0 || height <= 0) return ImageErrors.Unreadable;
            if (width > ImageLimits.MaxSide || height > ImageLimits.MaxSide || (long)width * height > ImageLimits.MaxPixels)
                return ImageErrors.DimensionsTooLarge;

            var origin = codec.EncodedOrigin;
            var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
            var (uprightWidth, uprightHeight) = sideways ? (height, width) : (width, height);
            var widths = ImageLimits.WidthsFor(uprightWidth);

            using var decoded = Decode(codec, widths[^1], uprightWidth, sideways);
            if (decoded is null) return ImageErrors.Unreadable;
            using var turned = Upright(decoded, origin);
            var upright = turned ?? decoded;

            var formats = format == ImageFormat.Webp ? new[] { ImageFormat.Webp } : [ImageFormat.Webp, format];
            var renditions = new List<ImageRendition>();
            foreach (var renditionWidth in widths)
            {
                var renditionHeight = Math.Max(1, (int)Math.Round((double)uprightHeight * renditionWidth / uprightWidth));
                using var resized = Resize(upright, renditionWidth, renditionHeight);
                using var image = SKImage.FromBitmap(resized ?? upright);
                foreach (var renditionFormat in formats)
                {
                    using var encoded = image.Encode(Encoding(renditionFormat), renditionFormat == ImageFormat.Jpeg ? JpegQuality : WebpQuality);
                    if (encoded is null) return ImageErrors.Unreadable;
                    renditions.Add(new ImageRendition(renditionWidth, renditionHeight, renditionFormat, encoded.ToArray()));
                }
            }
            return new ProcessedImage(uprightWidth, uprightHeight, format, renditions);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            // A file crafted to confuse the decoder is refused like a damaged one.
            return ImageErrors.Unreadable;
        }
    }

    /// <summary>The format by the file's signature: JPEG FF D8 FF, PNG 89 'PNG', WebP 'RIFF' size 'WEBP'.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ImageFormat.Jpeg;
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ImageFormat.Png;
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return ImageFormat.Webp;
        return null;
    }

    private static ImageFormat? FormatOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Png => ImageFormat.Png,
        SKEncodedImageFormat.Webp => ImageFormat.Webp,
        _ => null,
    };

    private static SKEncodedImageFormat Encoding(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        ImageFormat.Png => SKEncodedImageFormat.Png,
        _ => SKEncodedImageFormat.Webp,
    };

    /// <summary>
    /// The pixels in sRGB, no larger than the widest rendition needs where the codec can scale while decoding (JPEG and
    /// WebP can): a 40-megapixel photograph is not held whole to make a 1,600-pixel rendition. Null when the file is truncated
    /// or damaged.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int widestRendition, int uprightWidth, bool sideways)
    {
        var size = codec.Info.Size;
        if (widestRendition < uprightWidth)
        {
            var scaled = codec.GetScaledDimensions((float)widestRendition / uprightWidth);
            var scaledUprightWidth = sideways ? scaled.Height : scaled.Width;
            if (scaledUprightWidth >= widestRendition && scaled.Width > 0 && scaled.Height > 0) size = scaled;
        }
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>
    /// The pixels as they are meant to be seen, the EXIF orientation applied so that the renditions need none; null when
    /// they are upright already.
    /// </summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default) return null;
        float w = bitmap.Width, h = bitmap.Height;
        // Each maps a source pixel (x, y) to its upright place: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var (matrix, sideways) = origin switch
        {
            SKEncodedOrigin.TopRight => (new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1), false),
            SKEncodedOrigin.BottomRight => (new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.BottomLeft => (new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.LeftTop => (new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightTop => (new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightBottom => (new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), true),
            SKEncodedOrigin.LeftBottom => (new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), true),
            _ => (SKMatrix.Identity, false),
        };
        var upright = new SKBitmap(new SKImageInfo(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height,
            bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0);
        return upright;
    }

    /// <summary>The pixels at that size; null when they have it already.</summary>
    private static SKBitmap? Resize(SKBitmap bitmap, int width, int height)
    {
        if (bitmap.Width == width && bitmap.Height == height) return null;
        var resized = new SKBitmap(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace));
        bitmap.ScalePixels(resized, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return resized;
    }
}
