using System.Net;
using System.Text;
using MimeKit;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Infrastructure.Email;

/// <summary>
/// The manage links of an address's live registrations, sent again on request: one e-mail listing each event with its
/// date and link, in the language of the address's latest registration first, then the other.
/// </summary>
public static class ManageLinksEmailComposer
{
    public static MimeMessage Compose(IReadOnlyList<(Registration Registration, Event Event, string Link)> links, EmailSettings settings)
    {
        var latest = links.MaxBy(l => l.Registration.CreatedAt).Registration;
        var first = latest.Consent.Language == LocalizedText.TraditionalChinese ? LocalizedText.TraditionalChinese : LocalizedText.English;
        var languages = LocalizedText.Languages.OrderBy(l => l == first ? 0 : 1).ToList();

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(latest.Registrant.Name, latest.Registrant.Email));
        message.Subject = string.Join(" | ", languages.Select(l => l == LocalizedText.TraditionalChinese ? "你的登記管理連結" : "Your registration links"));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        var text = new List<string>();
        foreach (var language in languages)
        {
            var zh = language == LocalizedText.TraditionalChinese;
            var lead = zh
                ? "我們收到要求,再次發送你的登記管理連結。請勿轉寄此電郵:連結即你的登記憑證。如你沒有提出要求,可以忽略此電郵。"
                : "We were asked to send your registration links again. Please do not forward this email: each link is your key to a registration. If you did not ask, you can ignore it.";
            var greeting = zh ? $"{latest.Registrant.Name} 你好:" : $"Dear {latest.Registrant.Name},";
            html.Append("<div lang=\"").Append(language).Append("\"><p>").Append(Escape(greeting)).Append("</p><p>").Append(Escape(lead)).Append("</p><ul>");
            var lines = new List<string> { greeting, lead };
            foreach (var (_, evt, link) in links.OrderBy(l => l.Event.WindowStart ?? DateTimeOffset.MaxValue))
            {
                var item = $"{evt.Title.Resolve(language).Text} ({EventTimes.Describe(evt.Schedule, evt.TimeZone, language)})";
                html.Append("<li>").Append(Escape(item)).Append(": <a href=\"").Append(Escape(link)).Append("\">")
                    .Append(zh ? "管理我的登記" : "Manage my registration").Append("</a></li>");
                lines.Add($"- {item}: {link}");
            }
            html.Append("</ul></div><hr>");
            text.Add(string.Join("\n\n", lines.Take(2)) + "\n\n" + string.Join("\n", lines.Skip(2)));
        }
        message.Body = new BodyBuilder { HtmlBody = html.Append("</body></html>").ToString(), TextBody = string.Join("\n\n----\n\n", text) }.ToMessageBody();
        return message;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
