using System.Net;
using System.Text;
using MimeKit;
using Scc.Application.Registrations;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Infrastructure.Email;

/// <summary>
/// The bilingual confirmation, waiting-list or application-received email: the registrant's language first,
/// then the other, as HTML (every text escaped) and plain text.
/// </summary>
public static class RegistrationEmailComposer
{
    public static MimeMessage Compose(RegistrationEmail email, EmailSettings settings)
    {
        var link = settings.ManageLinkTemplate.Replace("{token}", Uri.EscapeDataString(email.ManageToken), StringComparison.Ordinal);
        var languages = email.Language == LocalizedText.TraditionalChinese
            ? new[] { LocalizedText.TraditionalChinese, LocalizedText.English }
            : new[] { LocalizedText.English, LocalizedText.TraditionalChinese };
        var sections = languages.Select(language => Section(email, language, link)).ToList();

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(email.Name, email.To));
        message.Subject = string.Join(" | ", sections.Select(s => s.Subject));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var section in sections)
        {
            html.Append("<div lang=\"").Append(Escape(section.Language)).Append("\">");
            foreach (var paragraph in section.Paragraphs) html.Append("<p>").Append(Escape(paragraph)).Append("</p>");
            html.Append("<p><a href=\"").Append(Escape(link)).Append("\">").Append(Escape(section.LinkText)).Append("</a></p></div><hr>");
        }
        html.Append("</body></html>");
        var text = string.Join("\n\n----\n\n", sections.Select(s => string.Join("\n\n", s.Paragraphs) + "\n\n" + s.LinkText + ": " + link));
        message.Body = new BodyBuilder { HtmlBody = html.ToString(), TextBody = text }.ToMessageBody();
        return message;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private sealed record EmailSection(string Language, string Subject, IReadOnlyList<string> Paragraphs, string LinkText);

    private static EmailSection Section(RegistrationEmail email, string language, string link)
    {
        var title = email.EventTitle.Resolve(language).Text ?? "";
        var chinese = language == LocalizedText.TraditionalChinese;
        var (subject, body) = (email.Kind, email.Status) switch
        {
            (RegistrationKind.Exhibitor, _) => chinese
                ? ($"已收到參展申請:{title}", $"我們已收到你參與「{title}」的參展申請。職員審閱後會通知你結果。")
                : ($"Exhibitor application received: {title}", $"We have received your application to exhibit at \"{title}\". The staff will review it and let you know."),
            (_, RegistrationStatus.Waitlisted) => chinese
                ? ($"候補名單:{title}", $"「{title}」名額已滿,你已列入候補名單,輪候位置為第 {email.WaitlistPosition} 位。如有名額,我們會為你確認登記。")
                : ($"Waiting list: {title}", $"\"{title}\" is full. You are on the waiting list at position {email.WaitlistPosition}; when a seat frees up, it is yours."),
            _ => chinese
                ? ($"登記確認:{title}", $"你已成功登記參加「{title}」。")
                : ($"Registration confirmed: {title}", $"Your registration for \"{title}\" is confirmed."),
        };
        var greeting = chinese ? $"{email.Name} 你好:" : $"Dear {email.Name},";
        var manage = chinese
            ? "你可以透過以下連結查看或取消登記。請勿轉寄此電郵:連結即你的登記憑證。"
            : "You can see or cancel your registration with the link below. Please do not forward this email: the link is your key to it.";
        return new EmailSection(language, subject, [greeting, body, manage], chinese ? "管理我的登記" : "Manage my registration");
    }
}
