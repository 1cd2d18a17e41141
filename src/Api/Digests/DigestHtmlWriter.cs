using System.Text;
using System.Text.Encodings.Web;
using Scc.Application.Digests;
using Scc.Domain.Common;
using Scc.Domain.Digests;
using Scc.Domain.Events;

namespace Scc.Api.Digests;

/// <summary>
/// A digest as an email-ready HTML document: both languages for every item (the reader's first), nested
/// tables and inline styles only (what mail clients keep), no images, scripts or remote resources, and every
/// text HTML-encoded.
/// </summary>
public static class DigestHtmlWriter
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Font = "font-family:Arial,Helvetica,'Microsoft JhengHei','PingFang TC','Noto Sans CJK TC',sans-serif;";
    private const string Brand = "#00627a";

    // Every character that means something in HTML is escaped; Chinese text stays readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static byte[] Write(DigestResponse digest, string language, Uri baseUrl)
    {
        var page = new Page(new StringBuilder(32_768), language, baseUrl);
        page.Document(digest);
        return Encoding.UTF8.GetBytes(page.Html.ToString());
    }

    private sealed record Page(StringBuilder Html, string Language, Uri BaseUrl)
    {
        private string Other => Language == LocalizedText.English ? LocalizedText.TraditionalChinese : LocalizedText.English;

        public void Document(DigestResponse digest)
        {
            Html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Encode(First(digest.Title))).Append("</title>\n</head>\n")
                .Append("<body style=\"margin:0;padding:0;background-color:#eef2f4;\">\n")
                .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#eef2f4;\">")
                .Append("<tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
                .Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:640px;max-width:100%;background-color:#ffffff;")
                .Append(Font).Append("color:#222222;font-size:14px;line-height:1.5;\">\n");

            Row($"background-color:{Brand};color:#ffffff;padding:20px 24px;", () =>
            {
                Both(digest.Title, "margin:0;font-size:22px;font-weight:bold;color:#ffffff;", "margin:4px 0 0 0;font-size:18px;color:#ffffff;", "h1");
                Both(DigestText.Period(digest.From, digest.To), "margin:8px 0 0 0;font-size:13px;color:#dfeff3;", "margin:0;font-size:13px;color:#dfeff3;");
            });
            if (digest.Introduction is { } introduction)
                Row("padding:20px 24px 4px 24px;", () => Both(introduction, "margin:0 0 8px 0;", "margin:0 0 8px 0;color:#444444;"));

            Section(DigestText.Review, digest.Review, grouped: false);
            Section(DigestText.Upcoming, digest.Upcoming, grouped: true);

            Row("padding:16px 24px;background-color:#f6f8f9;font-size:12px;color:#555555;border-top:1px solid #dde3e6;", () =>
                Both(DigestText.Footer, "margin:0 0 6px 0;", "margin:0;"));
            Html.Append("</table>\n</td></tr></table>\n</body>\n</html>\n");
        }

        private void Section(LocalizedText heading, IReadOnlyList<DigestItem> items, bool grouped)
        {
            Row("padding:24px 24px 8px 24px;", () => Heading(heading, "h2", "font-size:20px;", Brand));
            if (items.Count == 0)
            {
                Row("padding:0 24px 16px 24px;color:#666666;", () => Both(DigestText.Nothing, "margin:0;", "margin:0;"));
                return;
            }
            DigestGroup? current = null;
            foreach (var item in items)
            {
                if (grouped && !item.Pinned && item.Group is { } group && group != current)
                {
                    current = group;
                    Row("padding:12px 24px 0 24px;", () => Heading(group == DigestGroup.Own ? DigestText.OwnGroup : DigestText.OthersGroup, "h3", "font-size:15px;", "#555555"));
                }
                Item(item);
            }
        }

        private void Item(DigestItem item)
        {
            Html.Append("<tr><td data-kind=\"").Append(Attribute(item.Kind.ToString().ToLowerInvariant())).Append("\" data-id=\"").Append(item.Id)
                .Append("\" style=\"padding:12px 24px 16px 24px;border-bottom:1px solid #e3e8eb;\">\n");
            if (item.Pinned) Html.Append("<p style=\"margin:0 0 4px 0;font-size:11px;color:").Append(Brand).Append(";text-transform:uppercase;\">")
                .Append(Encode(Bilingual(DigestText.Pinned))).Append("</p>\n");
            Heading(item.Title, "h3", "font-size:17px;", "#1b1b1b");

            var when = DigestText.When(item.Schedule);
            Line(when, "margin:4px 0 0 0;font-weight:bold;color:#333333;", "when");
            var place = Place(item);
            if (place is not null) Line(place, "margin:0;color:#333333;", "place");
            if (item.SccRoles.Count > 0)
                Line(Join(item.SccRoles.Select(DigestText.Role)), "margin:0;color:#333333;", "scc-role", DigestText.SccRole);
            if (item.PartOf is { } parent) Line(parent.Title, "margin:0;color:#555555;", "part-of", DigestText.PartOf);

            if (item.Summary is { } summary) Both(summary, "margin:8px 0 0 0;", "margin:4px 0 0 0;color:#444444;");
            foreach (var highlight in item.Highlights) Both(highlight, "margin:8px 0 0 0;", "margin:4px 0 0 0;color:#444444;");
            if (item.Outcomes.Count > 0)
            {
                Label(DigestText.Outcomes);
                Html.Append("<ul style=\"margin:4px 0 0 0;padding-left:20px;\">");
                foreach (var outcome in item.Outcomes)
                {
                    Html.Append("<li style=\"margin:0 0 2px 0;\">").Append(Encode(First(outcome.Description)));
                    if (Second(outcome.Description) is { } other) Html.Append("<br><span lang=\"").Append(Other).Append("\" style=\"color:#555555;\">").Append(Encode(other)).Append("</span>");
                    Html.Append("</li>");
                }
                Html.Append("</ul>\n");
            }
            if (item.Sessions.Count > 0)
            {
                Label(DigestText.Agenda);
                Html.Append("<ul style=\"margin:4px 0 0 0;padding-left:20px;\">");
                foreach (var session in item.Sessions)
                {
                    var line = session.Date.ToString("yyyy-MM-dd ", System.Globalization.CultureInfo.InvariantCulture) +
                               (session.StartsAt is { } starts && session.EndsAt is { } ends
                                   ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{starts:HH:mm}–{ends:HH:mm} ")
                                   : "") + Resolve(session.Title) +
                               (session.Room is { } room ? $" ({Resolve(room)})" : "") +
                               (session.People.Count > 0 ? " – " + string.Join("; ", session.People.Select(Person)) : "");
                    Html.Append("<li style=\"margin:0 0 2px 0;\">").Append(Encode(line)).Append("</li>");
                }
                Html.Append("</ul>\n");
            }
            if (item.People.Count > 0)
            {
                Label(DigestText.People);
                Html.Append("<ul style=\"margin:4px 0 0 0;padding-left:20px;\">");
                foreach (var person in item.People) Html.Append("<li style=\"margin:0 0 2px 0;\">").Append(Encode(Person(person))).Append("</li>");
                Html.Append("</ul>\n");
            }
            var others = item.Organisations.Where(o => o.Name is not null).ToList();
            if (others.Count > 0)
            {
                Label(DigestText.Organisations);
                Html.Append("<p style=\"margin:2px 0 0 0;color:#333333;\">")
                    .Append(Encode(string.Join("; ", others.Select(o => $"{Resolve(o.Name!)}{(o.Acronym is { } a ? $" ({a})" : "")} – {Resolve(DigestText.Role(o.Role))}"))))
                    .Append("</p>\n");
            }
            if (item.Registration is { } registration) Registration(registration);
            if (item.Contacts.Count > 0)
            {
                Label(DigestText.Enquiries);
                foreach (var contact in item.Contacts)
                {
                    var parts = new[] { Resolve(contact.Name), contact.Phone, contact.Email }.Where(p => !string.IsNullOrWhiteSpace(p));
                    Html.Append("<p style=\"margin:2px 0 0 0;\">").Append(Encode(string.Join(" · ", parts))).Append("</p>\n");
                }
            }
            if (item.WebsiteUrl is { } website && Link(website) is { } href)
                Html.Append("<p style=\"margin:8px 0 0 0;\"><a href=\"").Append(Attribute(href)).Append("\" style=\"color:").Append(Brand).Append(";\">")
                    .Append(Encode(Bilingual(DigestText.MoreDetails))).Append("</a></p>\n");
            foreach (var funding in item.Funding.Where(f => f.Disclaimer is not null))
            {
                Html.Append("<p data-role=\"disclaimer\" style=\"margin:10px 0 0 0;font-size:11px;font-style:italic;color:#666666;\">")
                    .Append(Encode(First(funding.Disclaimer!)));
                if (Second(funding.Disclaimer!) is { } other) Html.Append("<br><span lang=\"").Append(Other).Append("\">").Append(Encode(other)).Append("</span>");
                Html.Append("</p>\n");
            }
            Html.Append("</td></tr>\n");
        }

        private void Registration(DigestRegistration registration)
        {
            Label(DigestText.Registration);
            Html.Append("<p data-role=\"registration\" style=\"margin:2px 0 0 0;\">");
            var parts = new List<string>();
            if (registration.IsFree) parts.Add(Bilingual(DigestText.Free));
            if (registration.ClosesAt is { } closes) parts.Add($"{Bilingual(DigestText.DeadlineLabel)}: {Bilingual(DigestText.Deadline(closes))}");
            if (registration.Note is { } note) parts.Add(Bilingual(note));
            Html.Append(Encode(string.Join(" · ", parts)));
            if (registration.Url is { } url && Link(url) is { } href)
                Html.Append(parts.Count > 0 ? " · " : "").Append("<a href=\"").Append(Attribute(href)).Append("\" style=\"color:").Append(Brand).Append(";\">")
                    .Append(Encode(Bilingual(DigestText.RegisterHere))).Append("</a>");
            Html.Append("</p>\n");
        }

        private static LocalizedText? Place(DigestItem item)
        {
            var places = item.Places.Select(p => new LocalizedText(
                Join(p.Name.En ?? p.Name.ZhHant, p.Address?.En, p.City is { } c && c != p.Name ? c.En : null),
                Join(p.Name.ZhHant ?? p.Name.En, p.Address?.ZhHant, p.City is { } d && d != p.Name ? d.ZhHant : null))).ToList();
            if (item.Format == EventFormat.Online)
                places.Add(new LocalizedText(Join("Online", item.OnlinePlatform), Join("網上", item.OnlinePlatform)));
            return places.Count == 0 ? null : new LocalizedText(
                string.Join(" / ", places.Select(p => p.En).Where(p => !string.IsNullOrEmpty(p))),
                string.Join(" / ", places.Select(p => p.ZhHant).Where(p => !string.IsNullOrEmpty(p))));
        }

        private string Person(DigestPerson person)
        {
            var name = string.Join(' ', new[] { person.Honorific, Resolve(person.Name) }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var title = person.Title is { } t ? Resolve(t) : null;
            var organisation = person.Organisation is { } o ? o.Acronym ?? (o.Name is { } n ? Resolve(n) : null) : null;
            var described = title is null ? name : $"{name}, {title}{(organisation is null || title.Contains(organisation, StringComparison.Ordinal) ? "" : $", {organisation}")}";
            var group = person.Group is { } g ? $" [{Resolve(g)}]" : "";
            return $"{described} ({Resolve(DigestText.Role(person.Role))}){group}";
        }

        private void Row(string style, Action content)
        {
            Html.Append("<tr><td style=\"").Append(style).Append("\">\n");
            content();
            Html.Append("</td></tr>\n");
        }

        private void Heading(LocalizedText text, string tag, string size, string colour)
        {
            Html.Append('<').Append(tag).Append(" style=\"margin:0;").Append(size).Append("color:").Append(colour).Append(";font-weight:bold;\">")
                .Append(Encode(First(text)));
            if (Second(text) is { } other)
                Html.Append("<br><span lang=\"").Append(Other).Append("\" style=\"font-weight:normal;\">").Append(Encode(other)).Append("</span>");
            Html.Append("</").Append(tag).Append(">\n");
        }

        private void Both(LocalizedText text, string firstStyle, string secondStyle, string tag = "p")
        {
            Html.Append('<').Append(tag).Append(" style=\"").Append(firstStyle).Append("\">").Append(Encode(First(text))).Append("</").Append(tag).Append(">\n");
            if (Second(text) is { } other)
                Html.Append("<p lang=\"").Append(Other).Append("\" style=\"").Append(secondStyle).Append("\">").Append(Encode(other)).Append("</p>\n");
        }

        private void Line(LocalizedText text, string style, string role, LocalizedText? label = null)
        {
            Html.Append("<p data-role=\"").Append(role).Append("\" style=\"").Append(style).Append("\">");
            if (label is not null) Html.Append(Encode(Bilingual(label))).Append(": ");
            Html.Append(Encode(First(text)));
            if (Second(text) is { } other) Html.Append(" | <span lang=\"").Append(Other).Append("\">").Append(Encode(other)).Append("</span>");
            Html.Append("</p>\n");
        }

        private void Label(LocalizedText label) =>
            Html.Append("<p style=\"margin:10px 0 0 0;font-size:12px;font-weight:bold;color:#555555;text-transform:uppercase;\">")
                .Append(Encode(Bilingual(label))).Append("</p>\n");

        /// <summary>Absolute http(s) links only; the API's own paths are made absolute.</summary>
        private string? Link(Uri url)
        {
            var absolute = url.IsAbsoluteUri ? url : new Uri(BaseUrl, url.OriginalString.TrimStart('/'));
            return absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp ? absolute.AbsoluteUri : null;
        }

        private string First(LocalizedText text) => text.Resolve(Language).Text ?? "";

        /// <summary>The other language's text, when there is one and it says something different.</summary>
        private string? Second(LocalizedText text)
        {
            var (first, firstLanguage) = text.Resolve(Language);
            if (firstLanguage != Language) return null;
            var other = Other == LocalizedText.English ? text.En : text.ZhHant;
            return string.IsNullOrWhiteSpace(other) || other == first ? null : other;
        }

        private string Resolve(LocalizedText text) => text.Resolve(Language).Text ?? "";

        private string Bilingual(LocalizedText text) => Second(text) is { } other ? $"{First(text)} {other}" : First(text);

        private static LocalizedText Join(IEnumerable<LocalizedText> texts)
        {
            var list = texts.ToList();
            return new LocalizedText(string.Join(", ", list.Select(t => t.En)), string.Join("、", list.Select(t => t.ZhHant)));
        }

        private static string? Join(params string?[] parts)
        {
            var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList();
            return present.Count == 0 ? null : string.Join(", ", present);
        }

        private static string Encode(string text) => Encoder.Encode(text);

        private static string Attribute(string text) => Encoder.Encode(text);
    }
}
