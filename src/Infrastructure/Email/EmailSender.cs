using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Scc.Infrastructure.Email;

/// <summary>Sends a message over SMTP with MailKit, one connection per message: registration emails are few.</summary>
public sealed class EmailSender(IOptions<EmailSettings> options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var smtp = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await smtp.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Email:Host is not set."), settings.Port, settings.TlsMode, ct);
        if (!string.IsNullOrEmpty(settings.User)) await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
