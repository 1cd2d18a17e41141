using System.Net;
using System.Text;
using MimeKit;
using Scc.Application.Feeds;
using Scc.Application.Registrations;
using Scc.Application.Registrations.CheckIn;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Infrastructure.Email;

/// <summary>What an e-mail to a registrant is made from, read when it is sent.</summary>
/// <param name="Disclaimers">The funding programmes' disclaimers the event must carry.</param>
/// <param name="ManageLink">The registrant's page; null when the token was not kept (registrations older than ADR 19).</param>
public sealed record RegistrantEmailFacts(
    Registration Registration, Event Event, IReadOnlyList<LocalizedText> Disclaimers, RegistrationEmail Email, string? ManageLink);

/// <summary>
/// Every e-mail to a registrant: the registrant's language first, then the other, as HTML (every text escaped) and plain
/// text; the event's date and time in its own zone, its venue or online link, the funding disclaimers and the manage
/// link; the event as an <c>.ics</c> for someone with a seat (<see cref="AttendeeCalendar"/>), and the check-in code as a QR
/// code for whoever may be checked in.
/// </summary>
public static class RegistrationEmailComposer
{
    public static MimeMessage Compose(RegistrantEmailFacts facts, EmailSettings settings, CalendarSettings calendar)
    {
        var registration = facts.Registration;
        var first = registration.Consent.Language == LocalizedText.TraditionalChinese ? LocalizedText.TraditionalChinese : LocalizedText.English;
        var sections = LocalizedText.Languages.OrderBy(l => l == first ? 0 : 1).Select(language => Section(facts, language)).ToList();

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(registration.Registrant.Name, registration.Registrant.Email));
        message.Subject = string.Join(" | ", sections.Select(s => s.Subject));
        var body = new BodyBuilder();
        string? qrContentId = null;
        if (CheckInPass(facts) is { } code)
        {
            var image = body.LinkedResources.Add("check-in.png", CheckInQrCode.Png(code), new ContentType("image", "png"));
            image.ContentId = MimeKit.Utils.MimeUtils.GenerateMessageId();
            qrContentId = image.ContentId;
        }
        (string Code, string ContentId)? pass = qrContentId is null ? null : (facts.Registration.CheckInCode, qrContentId);
        body.HtmlBody = Html(sections, facts.ManageLink, pass);
        body.TextBody = Text(sections, facts.ManageLink, pass?.Code);
        if (Calendar(facts, first, calendar) is { } attachment)
        {
            var method = attachment.Cancelled ? "CANCEL" : "PUBLISH";
            body.Attachments.Add("event.ics", attachment.Bytes, ContentType.Parse($"{AttendeeCalendar.ContentType}; method={method}; charset=utf-8"));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// The check-in code, shown as a QR code, for whoever may be checked in (a confirmed attendee or approved exhibitor):
    /// in the e-mails that confirm a place and in reminders.
    /// </summary>
    private static string? CheckInPass(RegistrantEmailFacts facts)
    {
        var (registration, notice) = (facts.Registration, facts.Email.Notice);
        if (registration.Status != RegistrationStatus.Confirmed) return null;
        var confirms = notice.Kind switch
        {
            RegistrationNoticeKind.Received => notice.WaitlistPosition is null && registration.Kind == RegistrationKind.Attendee,
            RegistrationNoticeKind.Promoted or RegistrationNoticeKind.Approved or RegistrationNoticeKind.Reminder => true,
            _ => false,
        };
        return confirms ? registration.CheckInCode : null;
    }

    /// <summary>The calendar for someone with a seat: on taking it, and at every change of the event they hold it for.</summary>
    private static (byte[] Bytes, bool Cancelled)? Calendar(RegistrantEmailFacts facts, string language, CalendarSettings calendar)
    {
        var (registration, evt, notice) = (facts.Registration, facts.Event, facts.Email.Notice);
        if (registration.Kind != RegistrationKind.Attendee || !registration.HoldsSeat) return null;
        var attach = notice.Kind switch
        {
            RegistrationNoticeKind.Received => notice.WaitlistPosition is null,
            RegistrationNoticeKind.Promoted or RegistrationNoticeKind.EventChanged => true,
            _ => false,
        };
        if (!attach) return null;
        var cancelled = evt.Status == EventStatus.Cancelled;
        return AttendeeCalendar.Write(evt, language, cancelled, calendar.UidOf(evt.Id)) is { } bytes ? (bytes, cancelled) : null;
    }

    private sealed record EmailSection(string Language, string Subject, IReadOnlyList<string> Paragraphs, IReadOnlyList<(string Label, string Value)> Details,
        IReadOnlyList<string> Disclaimers, string ManageText, string LinkText, string CheckInText);

    private static EmailSection Section(RegistrantEmailFacts facts, string language)
    {
        var (registration, evt, email) = (facts.Registration, facts.Event, facts.Email);
        var zh = language == LocalizedText.TraditionalChinese;
        var title = evt.Title.Resolve(language).Text ?? "";
        var when = EventTimes.Describe(evt.Schedule, evt.TimeZone, language);
        var (subject, paragraphs) = Message(registration, email, title, when, language);
        if (email.Notice.Note?.Resolve(language).Text is { } note) paragraphs = [.. paragraphs, (zh ? "職員備註:" : "A note from the staff: ") + note];
        var greeting = zh ? $"{registration.Registrant.Name} 你好:" : $"Dear {registration.Registrant.Name},";

        var details = new List<(string, string)> { (zh ? "活動" : "Event", title), (zh ? "日期及時間" : "When", when) };
        if (Place(evt.Arrangements, language) is { } place) details.Add((zh ? "地點" : "Where", place));
        if (evt.Status is EventStatus.Postponed or EventStatus.Cancelled && evt.StatusNote?.Resolve(language).Text is { } statusNote)
            details.Add((zh ? "主辦方備註" : "Note from the organisers", statusNote));

        var disclaimers = facts.Disclaimers.Select(d => d.Resolve(language).Text).OfType<string>().ToList();
        var manage = facts.ManageLink is null
            ? zh ? "如需查看或取消登記,請在聯盟網站要求再次發送管理連結。" : "To see or cancel your registration, ask for your link again on the consortium's website."
            : zh ? "你可以透過以下連結查看或取消登記。請勿轉寄此電郵:連結即你的登記憑證。"
                 : "You can see or cancel your registration with the link below. Please do not forward this email: the link is your key to it.";
        var checkIn = zh ? "入場時請出示此二維碼(或登記編號)以辦理簽到:" : "Show this QR code (or the code) at the door to check in:";
        return new EmailSection(language, subject, [greeting, .. paragraphs], details, disclaimers, manage, zh ? "管理我的登記" : "Manage my registration", checkIn);
    }

    private static (string Subject, IReadOnlyList<string> Paragraphs) Message(
        Registration registration, RegistrationEmail email, string title, string when, string language)
    {
        var zh = language == LocalizedText.TraditionalChinese;
        var notice = email.Notice;
        switch (notice.Kind)
        {
            case RegistrationNoticeKind.Received when registration.Kind == RegistrationKind.Exhibitor:
                return zh
                    ? ($"已收到參展申請:{title}", [$"我們已收到你參與「{title}」的參展申請。職員審閱後會通知你結果。"])
                    : ($"Exhibitor application received: {title}", [$"We have received your application to exhibit at \"{title}\". The staff will review it and let you know."]);
            case RegistrationNoticeKind.Received when notice.WaitlistPosition is { } position:
                return zh
                    ? ($"候補名單:{title}", [$"「{title}」名額已滿,你已列入候補名單,輪候位置為第 {position} 位。如有名額,我們會為你確認登記並通知你。"])
                    : ($"Waiting list: {title}", [$"\"{title}\" is full. You are on the waiting list at position {position}; when a seat frees up, it is yours, and we will tell you."]);
            case RegistrationNoticeKind.Received:
                return zh
                    ? ($"登記確認:{title}", [$"你已成功登記參加「{title}」。"])
                    : ($"Registration confirmed: {title}", [$"Your registration for \"{title}\" is confirmed."]);
            case RegistrationNoticeKind.Promoted:
                return zh
                    ? ($"候補成功,登記確認:{title}", [$"「{title}」有名額空出:你已由候補名單獲得名額,登記已確認。"])
                    : ($"A seat is yours: {title}", [$"A seat at \"{title}\" has come free and it is yours: your registration is now confirmed."]);
            case RegistrationNoticeKind.Approved:
                return zh
                    ? ($"參展申請已獲批准:{title}", [$"你參與「{title}」的參展申請已獲批准。"])
                    : ($"Exhibitor application approved: {title}", [$"Your application to exhibit at \"{title}\" has been approved."]);
            case RegistrationNoticeKind.Rejected:
                return zh
                    ? ($"參展申請結果:{title}", [$"很抱歉,你參與「{title}」的參展申請未獲接納。"])
                    : ($"Exhibitor application not accepted: {title}", [$"We are sorry: your application to exhibit at \"{title}\" was not accepted."]);
            case RegistrationNoticeKind.CancelledByRegistrant:
                return zh
                    ? ($"登記已取消:{title}", [$"你已按要求取消「{title}」的登記。"])
                    : ($"Registration cancelled: {title}", [$"Your registration for \"{title}\" is cancelled, as you asked."]);
            case RegistrationNoticeKind.CancelledByStaff:
                return zh
                    ? ($"登記已被取消:{title}", [$"主辦方已取消你「{title}」的登記。如你認為有誤,請回覆此電郵。"])
                    : ($"Registration cancelled by the organisers: {title}", [$"The organisers have cancelled your registration for \"{title}\". If you think this is a mistake, please reply to this e-mail."]);
            case RegistrationNoticeKind.EventChanged when email.Change is { } change:
                return EventChanged(change, title, language);
            case RegistrationNoticeKind.Reminder:
                return zh
                    ? ($"活動提示:{title}", [$"提提你:你已登記的「{title}」將於 {when} 舉行。"])
                    : ($"Reminder: {title}", [$"A reminder: \"{title}\", which you are registered for, is on {when}."]);
            default:
                throw new InvalidOperationException($"No e-mail for the notice {notice.Kind}.");
        }
    }

    private static (string Subject, IReadOnlyList<string> Paragraphs) EventChanged(EventChange change, string title, string language)
    {
        var zh = language == LocalizedText.TraditionalChinese;
        var (before, after) = (change.Before, change.After);
        var subject = after.Status switch
        {
            EventStatus.Cancelled => zh ? $"活動取消:{title}" : $"Event cancelled: {title}",
            EventStatus.Postponed => zh ? $"活動延期:{title}" : $"Event postponed: {title}",
            _ => zh ? $"活動更改:{title}" : $"Event changed: {title}",
        };
        var lead = after.Status switch
        {
            EventStatus.Cancelled => zh ? $"很抱歉,你已登記的「{title}」已取消。" : $"We are sorry: \"{title}\", which you registered for, is cancelled.",
            EventStatus.Postponed => zh ? $"你已登記的「{title}」已延期,新日期將另行通知。" : $"\"{title}\", which you registered for, is postponed; we will tell you the new date.",
            _ => zh ? $"你已登記的「{title}」有以下更改:" : $"There is a change to \"{title}\", which you are registered for:",
        };
        var lines = new List<string> { lead };
        var (wasWhen, isWhen) = (EventTimes.Describe(before.Schedule, before.TimeZone, language), EventTimes.Describe(after.Schedule, after.TimeZone, language));
        if (wasWhen != isWhen) lines.Add((zh ? "日期及時間:" : "Date and time: ") + $"{wasWhen} → {isWhen}");
        var (wasWhere, isWhere) = (Place(before, language, withLink: false), Place(after, language, withLink: false));
        if (wasWhere != isWhere) lines.Add((zh ? "地點:" : "Venue: ") + $"{wasWhere ?? (zh ? "(無)" : "(none)")} → {isWhere ?? (zh ? "(無)" : "(none)")}");
        if (before.OnlineUrl != after.OnlineUrl)
            lines.Add((zh ? "網上連結:" : "Online link: ") + $"{before.OnlineUrl?.ToString() ?? (zh ? "(無)" : "(none)")} → {after.OnlineUrl?.ToString() ?? (zh ? "(無)" : "(none)")}");
        if (before.Status == EventStatus.Postponed && after.Status == EventStatus.Published)
            lines.Add(zh ? "活動已重新安排,你的登記仍然有效。" : "The event is back on, and your registration stands.");
        return (subject, lines);
    }

    private static string? Place(EventArrangements arrangements, string language, bool withLink = true)
    {
        var venue = arrangements.Venue is { } v
            ? string.Join(", ", new[] { v.Name, v.Address, v.City }.Select(t => t?.Resolve(language).Text).Where(t => !string.IsNullOrWhiteSpace(t)))
            : null;
        var online = withLink ? arrangements.OnlineUrl?.ToString() : null;
        return (venue, online) switch
        {
            (null or "", null) => null,
            (null or "", { } link) => link,
            ({ } place, null) => place,
            ({ } place, { } link) => $"{place}; {link}",
        };
    }

    private static string Html(IReadOnlyList<EmailSection> sections, string? link, (string Code, string ContentId)? pass)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var section in sections)
        {
            html.Append("<div lang=\"").Append(Escape(section.Language)).Append("\">");
            foreach (var paragraph in section.Paragraphs) html.Append("<p>").Append(Escape(paragraph)).Append("</p>");
            html.Append("<table>");
            foreach (var (label, value) in section.Details)
                html.Append("<tr><th align=\"left\">").Append(Escape(label)).Append("</th><td>").Append(Escape(value)).Append("</td></tr>");
            html.Append("</table>");
            if (pass is { } p)
            {
                // The picture is part of the message (cid:), so mail clients that block remote images still show it.
                html.Append("<p>").Append(Escape(section.CheckInText)).Append("</p><p><img src=\"cid:").Append(Escape(p.ContentId))
                    .Append("\" width=\"264\" height=\"264\" alt=\"").Append(Escape(p.Code)).Append("\"><br><code>").Append(Escape(p.Code)).Append("</code></p>");
            }
            foreach (var disclaimer in section.Disclaimers) html.Append("<p><small>").Append(Escape(disclaimer)).Append("</small></p>");
            html.Append("<p>").Append(Escape(section.ManageText)).Append("</p>");
            if (link is not null) html.Append("<p><a href=\"").Append(Escape(link)).Append("\">").Append(Escape(section.LinkText)).Append("</a></p>");
            html.Append("</div><hr>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Text(IReadOnlyList<EmailSection> sections, string? link, string? checkInCode) =>
        string.Join("\n\n----\n\n", sections.Select(s =>
            string.Join("\n\n", s.Paragraphs) + "\n\n" +
            string.Join("\n", s.Details.Select(d => $"{d.Label}: {d.Value}")) +
            (checkInCode is null ? "" : "\n\n" + s.CheckInText + " " + checkInCode) +
            string.Concat(s.Disclaimers.Select(d => "\n\n" + d)) +
            "\n\n" + s.ManageText + (link is null ? "" : "\n" + s.LinkText + ": " + link)));

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
