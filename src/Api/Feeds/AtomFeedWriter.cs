using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Scc.Application.Feeds;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Api.Feeds;

/// <summary>Feed items as Atom 1.0 (RFC 4287): one entry per event, its id the event's UUID as a URN.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(FeedPage page, Uri self, Uri? next, string title)
    {
        // No "now" anywhere: the same events give the same bytes, hence the same ETag.
        var feed = new SyndicationFeed(title, null, null, self.GetLeftPart(UriPartial.Path), page.LastModified ?? DateTimeOffset.UnixEpoch)
        {
            Language = page.Language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Smart City Consortium" });
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
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
        entry.Links.Add(new SyndicationLink(item.WebsiteUrl ?? item.Url, "alternate", item.Title, null, 0));
        entry.Links.Add(new SyndicationLink(item.Url, "related", null, "application/json", 0));
        entry.Links.Add(new SyndicationLink(item.CalendarUrl, "related", null, "text/calendar", 0));
        if (item.ImageUrl is { } image) entry.Links.Add(new SyndicationLink(image, "enclosure", null, null, 0));
        entry.Categories.Add(new SyndicationCategory(item.Type.ToString()));
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
