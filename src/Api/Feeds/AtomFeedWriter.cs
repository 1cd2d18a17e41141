using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Scc.Application.Feeds;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Api.Feeds;

/// <summary>
/// Feed items as Atom 1.0 (RFC 4287): one entry per event, its id the event's UUID as a URN; the feed's id names its
/// query and language, so that two different selections are never taken for one feed.
/// </summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="alternates">The same selection in other formats (the JSON feed, the calendar), by media type.</param>
    public static byte[] Write(FeedPage page, string id, Uri self, Uri? next, IReadOnlyList<(Uri Address, string MediaType)> alternates, string title)
    {
        // No "now" anywhere: the same events give the same bytes, hence the same ETag.
        var feed = new SyndicationFeed(title, null, null, id, page.LastModified ?? DateTimeOffset.UnixEpoch)
        {
            Language = page.Language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Smart City Consortium" });
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        foreach (var (address, mediaType) in alternates) feed.Links.Add(new SyndicationLink(address, "alternate", null, mediaType, 0));
        if (next is not null) feed.Links.Add(new SyndicationLink(next, "next", null, "application/atom+xml", 0));
        feed.Items = page.Items.Select(item => Entry(item, page.Language)).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static SyndicationItem Entry(FeedEvent item, string language)
    {
        var entry = new SyndicationItem
        {
            Id = $"urn:uuid:{item.Id}",
            Title = new TextSyndicationContent(item.Title),
            Summary = new TextSyndicationContent(Summary(item, language)),
            LastUpdatedTime = item.UpdatedAt,
        };
        // The event's own page first (readers open the first alternate), then the same event as JSON and as a calendar.
        if (item.WebsiteUrl is { } website) entry.Links.Add(new SyndicationLink(website, "alternate", item.Title, "text/html", 0));
        entry.Links.Add(new SyndicationLink(item.Url, "alternate", item.Title, "application/json", 0));
        entry.Links.Add(new SyndicationLink(item.CalendarUrl, "alternate", item.Title, "text/calendar", 0));
        if (item.Registration.Url is { } registration) entry.Links.Add(new SyndicationLink(registration, "related", null, null, 0));
        // The uploaded poster, at the width of its src, where there is one; else the image address the event was given.
        if (item.Poster is { } poster)
            entry.Links.Add(new SyndicationLink(poster.Src, "enclosure", poster.Alt, poster.Renditions.FirstOrDefault(r => r.Url == poster.Src)?.Type, 0));
        else if (item.ImageUrl is { } image) entry.Links.Add(new SyndicationLink(image, "enclosure", null, null, 0));
        // Spelt as in the JSON (the type's camelCase name, the tags as stored); each scheme is the feed filtered by it, less the term.
        entry.Categories.Add(new SyndicationCategory(JsonNamingPolicy.CamelCase.ConvertName(item.Type.ToString()), new Uri(item.Url, "../feeds/events.atom?type=").ToString(), null));
        foreach (var tag in item.Tags) entry.Categories.Add(new SyndicationCategory(tag, new Uri(item.Url, "../feeds/events.atom?tag=").ToString(), null));
        return entry;
    }
    private static string Summary(FeedEvent item, string language)
    {
        var zh = language == LocalizedText.TraditionalChinese;
        var parts = new List<string>();
        if (item.Status == EventStatus.Cancelled) parts.Add(zh ? "已取消。" : "Cancelled.");
        if (item.Summary is { } summary) parts.Add(summary);
        parts.AddRange(item.FundingProgrammes.Select(f => f.Disclaimer).OfType<string>());
        return string.Join("\n\n", parts);
    }
}
