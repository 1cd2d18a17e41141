namespace Scc.Application.Registrations.CheckIn;

/// <summary>What a confirmed registrant shows at the door.</summary>
/// <param name="Code">The check-in code, for typing in when a camera cannot read the QR code.</param>
/// <param name="QrCodePngDataUri">The code as a QR code: a PNG image as a <c>data:image/png;base64,</c> URI.</param>
public sealed record CheckInPass(string Code, string QrCodePngDataUri)
{
    public static CheckInPass For(string code) => new(code, CheckInQrCode.PngDataUri(code));
}
