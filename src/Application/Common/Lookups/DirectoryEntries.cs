using Microsoft.EntityFrameworkCore;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.Common.Lookups;

/// <summary>The people and organisations a page of results refers to, loaded with one query each.</summary>
public sealed class DirectoryEntries
{
    private readonly Dictionary<Guid, Person> _people;
    private readonly Dictionary<Guid, Organisation> _organisations;

    private DirectoryEntries(Dictionary<Guid, Person> people, Dictionary<Guid, Organisation> organisations)
    {
        _people = people;
        _organisations = organisations;
    }

    public static async Task<DirectoryEntries> LoadAsync(
        IAppDbContext db, IEnumerable<Guid?> personIds, IEnumerable<Guid?> organisationIds, CancellationToken cancellationToken)
    {
        var people = personIds.OfType<Guid>().Distinct().ToList();
        var organisations = organisationIds.OfType<Guid>().Distinct().ToList();
        var foundPeople = people.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var foundOrganisations = organisations.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => organisations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return new DirectoryEntries(foundPeople, foundOrganisations);
    }

    public Person? Person(Guid? id) => id is { } key && _people.TryGetValue(key, out var person) ? person : null;

    public Organisation? Organisation(Guid? id) => id is { } key && _organisations.TryGetValue(key, out var organisation) ? organisation : null;

    public OrganisationReference? OrganisationReference(Guid? id) =>
        Organisation(id) is { } organisation ? new OrganisationReference(organisation.Id, organisation.Name, organisation.Acronym) : null;
}
