using Scc.Api.OpenApi;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Api.Tests.Support;

/// <summary>Organisations and people written straight to the database, with ids a test chooses.</summary>
public static class DirectoryRows
{
    public static async Task<Guid> OrganisationAsync(this ApiFactory api, string acronym, string name, Guid? id = null)
    {
        var organisation = Organisation.Create(id ?? Guid.CreateVersion7(), Slug.From(name) + "-" + Guid.NewGuid().ToString("N")[..6],
            new OrganisationDetails(acronym, new LocalizedText(name, null), OrganisationKind.Other, "HK", null, null));
        return await api.WithDbAsync(async db =>
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
    }

    public static async Task<Guid> PersonAsync(this ApiFactory api, string name, string? honorific, IReadOnlyList<Appointment> appointments, Guid? id = null)
    {
        var person = Person.Create(id ?? Guid.CreateVersion7(), Slug.From(name) + "-" + Guid.NewGuid().ToString("N")[..6],
            new LocalizedText(name, null), honorific, appointments).Value;
        return await api.WithDbAsync(async db =>
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
    }

    /// <summary>The rows the OpenAPI request examples refer to, with the examples' ids.</summary>
    public static async Task ExampleRowsAsync(this ApiFactory api)
    {
        await api.OrganisationAsync("SCC", "Smart City Consortium", RequestExamples.SccOrganisationId);
        await api.OrganisationAsync("depa", "Digital Economy Promotion Agency", RequestExamples.DepaOrganisationId);
        await api.OrganisationAsync("HKTDC", "Hong Kong Trade Development Council", RequestExamples.HktdcOrganisationId);
        await api.OrganisationAsync("HKSiA", "Hong Kong Software Industry Association", DemoDataIds.Hksia);
        await api.PersonAsync("Gary Yeung", "Mr",
            [new Appointment(new LocalizedText("President, Smart City Consortium", "智慧城市聯盟會長"), RequestExamples.SccOrganisationId)],
            RequestExamples.GaryYeungPersonId);
    }
}
