using Microsoft.EntityFrameworkCore;
using Scc.Domain.Common;

namespace Scc.Application.Common;

/// <summary>
/// Checks that ids a body refers to exist. References held in jsonb have no foreign key, so the check is
/// made on write, with one query per kind of target.
/// </summary>
internal static class References
{
    /// <summary>The first reference (by field path) to a row that does not exist, as a validation error; null when all exist.</summary>
    public static async Task<Error?> FirstMissingAsync<T>(
        IQueryable<T> rows, IReadOnlyList<(string Field, Guid Id)> references, Func<string, Error> error, CancellationToken cancellationToken)
        where T : Entity
    {
        if (references.Count == 0) return null;
        var ids = references.Select(r => r.Id).Distinct().ToList();
        var found = (await rows.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (field, id) in references)
        {
            if (!found.Contains(id)) return error(field);
        }
        return null;
    }
}
