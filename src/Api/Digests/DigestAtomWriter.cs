using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Scc.Application.Common.Paging;
using Scc.Application.Digests.ListDigests;
using Scc.Domain.Common;

namespace Scc.Api.Digests;

/// <summary>Published digests as Atom 1.0: one entry per digest, linking to its HTML and JSON at its stable slug address.</summary>
public static class DigestAtomWriter
{
    public static byte[] Write(Page<DigestSummary> page, string language, Uri self, Uri baseUrl)
    {
        var zh = language == LocalizedText.TraditionalChinese;
        var updated = page.Items.Count == 0 ? DateTimeOffset.UnixEpoch : page.Items.Max(d => d.PublishedAt ?? d.UpdatedAt);
        var feed = new SyndicationFeed(zh ? "智慧城市聯盟電子通訊" : "Smart City Consortium e-Newsletters", null, null, self.GetLeftPart(UriPartial.Path), updated)
        {
            Language = language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Smart City Consortium" });
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        feed.Items = page.Items.Select(digest =>
        {
            var title = digest.Title.Resolve(language).Text ?? digest.Slug;
            var address = new Uri(baseUrl, $"api/v1/digests/by-slug/{digest.Slug}");
            var entry = new SyndicationItem
            {
                Id = $"urn:uuid:{digest.Id}",
                Title = new TextSyndicationContent(title),
                Summary = new TextSyndicationContent(digest.Introduction?.Resolve(language).Text ?? title),
                LastUpdatedTime = digest.PublishedAt ?? digest.UpdatedAt,
                PublishDate = digest.PublishedAt ?? digest.UpdatedAt,
            };
            entry.Links.Add(new SyndicationLink(new Uri(address + "?lang=" + language), "alternate", title, "text/html", 0));
            entry.Links.Add(new SyndicationLink(address, "related", null, "application/json", 0));
            return entry;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }
}
