using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Tests.Support;
using Scc.Application.Common.Auditing;
using Scc.Domain.Organisations;
using Scc.Infrastructure.Persistence;

namespace Scc.Api.Tests.Persistence;

/// <summary>
/// A save scans the tracked entities for changes once, before its interceptors, which then read the change tracker
/// without scanning again. A change made on an entity itself, which only that scan finds, must still reach them all:
/// its updatedAt, its audit entry and its webhook event.
/// </summary>
public sealed class SaveChangeDetectionTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    [Fact]
    public async Task ASave_ScansOnce_AndItsInterceptorsSeeAChangeMadeOnTheEntity()
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Set(AuditActor.User, "editor", null, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync();
        var updatedBefore = organisation.UpdatedAt;
        var slug = organisation.Slug + "-renamed";
        organisation.Update(slug, new OrganisationDetails(organisation.Acronym, organisation.Name, organisation.Kind, organisation.CountryCode,
            organisation.WebsiteUrl, organisation.LogoUrl, organisation.Description));
        var scans = 0;
        db.ChangeTracker.DetectedAllChanges += (_, _) => scans++;

        await db.SaveChangesAsync();

        Assert.Equal(1, scans);
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        var stored = await api.WithDbAsync(d => d.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal(slug, stored.Slug);
        Assert.True(stored.UpdatedAt > updatedBefore);
        var audited = await api.WithDbAsync(d => d.AuditEntries.AsNoTracking()
            .Where(e => e.ResourceId == organisation.Id && e.Action == AuditActions.Updated).ToListAsync());
        Assert.Contains(audited, e => e.Changes.Any(c => c.Field == "slug"));
        Assert.True(await api.WithDbAsync(d => d.OutboxMessages.AnyAsync(m => m.Type == "organisation.updated" && m.Payload!.Contains(organisation.Id.ToString()))));
    }
}
