using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.Common;

namespace Scc.Infrastructure.Persistence.Configurations;

/// <summary>
/// The two stored search columns of a searchable table (ADR 22): the lower-cased text with a trigram index, for
/// queries of three characters or more, and its distinct one- and two-character pieces with a GIN index, for shorter
/// ones (Chinese words are often two characters, which trigrams cannot index).
/// </summary>
internal static class SearchColumns
{
    /// <summary>The SQL function that cuts a text into its pieces, created by <see cref="Function"/> in the SearchOverEverything migration.</summary>
    public const string GramsFunction = "scc_search_grams";

    /// <summary>
    /// Distinct substrings of one and two characters (code points) without white space, so that
    /// <c>grams @> ARRAY[q]</c> holds exactly when <c>text LIKE '%q%'</c> does for such a q. Immutable, as a stored
    /// generated column needs.
    /// </summary>
    public const string Function =
        $$"""
        CREATE OR REPLACE FUNCTION {{GramsFunction}}(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_agg(DISTINCT g), '{}')
            FROM (SELECT substr(t, i, n) AS g FROM generate_series(1, 2) AS n, generate_series(1, length(t) - n + 1) AS i) AS grams
            WHERE g !~ '\s'
        $$;
        """;

    /// <summary>Declares both columns over <paramref name="text"/>, an SQL expression of the row's lower-cased searchable text.</summary>
    public static void HasSearchColumns<T>(this EntityTypeBuilder<T> builder, string text) where T : class
    {
        builder.Property<string>(SearchText.Column).HasComputedColumnSql(text, stored: true);
        builder.HasIndex(SearchText.Column).HasMethod("gin").HasOperators("gin_trgm_ops");
        // A generated column cannot read another, so the pieces are cut from the same expression.
        builder.Property<string[]>(SearchText.GramsColumn).HasComputedColumnSql($"{GramsFunction}({text})", stored: true);
        builder.HasIndex(SearchText.GramsColumn).HasMethod("gin");
    }
}
