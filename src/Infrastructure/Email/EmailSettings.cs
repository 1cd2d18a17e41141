using MailKit.Security;

namespace Scc.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section. The password comes from configuration or user secrets, never the repository.</summary>
public sealed class EmailSettings
{
    public const string Section = "Email";

    /// <summary>The SMTP server. Empty: no email is sent; the dispatcher logs that one was due (without personal data) and drops it.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's <see cref="SecureSocketOptions"/>: StartTls (the default), SslOnConnect, StartTlsWhenAvailable, None (a local sink only) or Auto.</summary>
    public SecureSocketOptions TlsMode { get; set; } = SecureSocketOptions.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "events@smartcity.org.hk";

    public string FromName { get; set; } = "Smart City Consortium 智慧城市聯盟";

    /// <summary>The registrant's page; <c>{token}</c> is replaced by the manage token.</summary>
    public string ManageLinkTemplate { get; set; } = "https://www.smartcity.org.hk/registrations/manage/{token}";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most confirmations one address is sent in an hour (0: no limit). Anyone can submit a registration with anyone's
    /// address; past the limit the registration is still taken and answered as usual, and only its e-mail is not sent.
    /// </summary>
    public int MaxPerRecipientPerHour { get; set; } = 5;

    /// <summary>
    /// When confirmed registrants are reminded, in minutes before the start, unless an event sets its own
    /// (<c>registration.reminderMinutesBefore</c>); empty: no reminders. Left unset: two days and two hours before.
    /// </summary>
    public int[]? ReminderMinutesBefore { get; set; }

    public IReadOnlyList<int> DefaultReminderMinutesBefore => ReminderMinutesBefore ?? [2 * 24 * 60, 2 * 60];

    /// <summary>How often one address may be sent its manage links again, per hour; requests past it are answered alike and send nothing.</summary>
    public int ManageLinksPerRecipientPerHour { get; set; } = 3;
}
