using QRCoder;

namespace Scc.Application.Registrations.CheckIn;

/// <summary>
/// A check-in code as the QR code the registrant shows at the door: the code itself is the payload, which the staff's
/// scanner sends to <c>POST /api/v1/events/{eventId}/check-ins</c>. For the registrant's page and for e-mails alike.
/// </summary>
public static class CheckInQrCode
{
    // Medium error correction survives a scratched or dimmed phone screen; 8 pixels a module and the quiet zone give a
    // picture of about 300 pixels that phone cameras and door scanners read from arm's length.
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;
    private const int PixelsPerModule = 8;

    /// <summary>The QR code as a PNG image, black on white.</summary>
    public static byte[] Png(string code) => PngByteQRCodeHelper.GetQRCode(code, Correction, PixelsPerModule, drawQuietZones: true);

    /// <summary>The PNG as a <c>data:</c> URI, for an <c>img</c> element's <c>src</c>.</summary>
    public static string PngDataUri(string code) => "data:image/png;base64," + Convert.ToBase64String(Png(code));
}
