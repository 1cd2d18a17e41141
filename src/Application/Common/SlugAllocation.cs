using Microsoft.EntityFrameworkCore;
using Scc.Domain.Common;

namespace Scc.Application.Common;

/// <summary>Slugs made for a client that sent none: the base slug, numbered when it is taken.</summary>
public static class SlugAllocation
{
    // Room for "-" and a number of up to five digits, so that a numbered slug still fits the column.
    private const int StemMaxLength = Slug.MaxLength - 6;

    /// <summary>
    /// <paramref name="baseSlug"/> when no row of <paramref name="slugs"/> has it, else the first free
    /// <c>baseSlug-2</c>, <c>baseSlug-3</c>... (the base shortened when needed to stay within the maximum length).
    /// </summary>
    public static async Task<string> FreeAsync(IQueryable<string> slugs, string baseSlug, CancellationToken cancellationToken)
    {
        var stem = baseSlug.Length <= StemMaxLength ? baseSlug : baseSlug[..StemMaxLength].TrimEnd('-');
        var prefix = stem + "-";
        var taken = await slugs.Where(s => s == baseSlug || s.StartsWith(prefix)).ToListAsync(cancellationToken);
        if (!taken.Contains(baseSlug)) return baseSlug;
        var n = 2;
        while (taken.Contains($"{stem}-{n}")) n++;
        return $"{stem}-{n}";
    }
}
