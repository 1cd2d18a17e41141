using Scc.Application.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests;

/// <summary>A saved digest composed from today's data, as the API returns it.</summary>
public static class DigestReadModel
{
    public static async Task<DigestResponse> DescribeAsync(IAppDbContext db, DigestSettings settings, Digest digest, CancellationToken cancellationToken)
    {
        var composed = await DigestComposer.ComposeAsync(db, settings, digest.Period, digest.Items, cancellationToken);
        return new DigestResponse
        {
            Id = digest.Id,
            Slug = digest.Slug,
            Status = digest.Status,
            PublishedAt = digest.PublishedAt,
            PublishAt = digest.PublishAt,
            Title = digest.Title,
            Introduction = digest.Introduction,
            From = digest.From,
            To = digest.To,
            AsOf = digest.AsOf,
            Review = composed.Review,
            Upcoming = composed.Upcoming,
            Items = digest.Items,
            CreatedAt = digest.CreatedAt,
            UpdatedAt = digest.UpdatedAt,
            Version = digest.Version,
        };
    }
}
