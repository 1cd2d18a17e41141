using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Scc.Api.Tests.Support;

/// <summary>Reads a QR code as a door scanner would: from the picture's pixels, knowing nothing of how it was drawn.</summary>
public static class QrCodes
{
    private const string PngDataUriPrefix = "data:image/png;base64,";

    /// <summary>The text of the QR code in a <c>data:image/png;base64,</c> URI; fails the test when there is none to read.</summary>
    public static string ReadPngDataUri(string dataUri)
    {
        Assert.StartsWith(PngDataUriPrefix, dataUri, StringComparison.Ordinal);
        return ReadPng(Convert.FromBase64String(dataUri[PngDataUriPrefix.Length..]));
    }

    /// <summary>The text of the QR code in a PNG picture (an e-mail's image, say); fails the test when there is none to read.</summary>
    public static string ReadPng(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var pixels = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels)));
        Assert.True(result is not null, "no QR code could be read from the picture");
        return result.Text;
    }
}
