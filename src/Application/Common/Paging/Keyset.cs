using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Scc.Application.Common.Paging;

/// <summary>
/// Keyset paging: a list in the order of a unique key is read one page at a time, each page starting just after
/// the last row of the page before, which the cursor names. The <c>OrderBy…After</c> methods keep the rows after
/// a cursor and order them, for each shape of key the lists use; <see cref="PageAsync"/> reads the page.
/// </summary>
public static class Keyset
{
    /// <summary>
    /// Reads the first <paramref name="limit"/> rows of <paramref name="ordered"/> (<see cref="PageLimits.Default"/>
    /// when null); the page's next cursor is the one of its last row, or null when no row follows.
    /// </summary>
    /// <param name="cursorOf">The encoded cursor of a row: the next page starts after that row.</param>
    public static async Task<Page<T>> PageAsync<T>(IQueryable<T> ordered, int? limit, Func<T, string> cursorOf, CancellationToken cancellationToken)
    {
        var size = limit ?? PageLimits.Default;
        // The one row more than the page only tells whether another page follows.
        var rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
        if (rows.Count <= size) return new Page<T>(rows, null);
        rows.RemoveAt(size);
        return new Page<T>(rows, cursorOf(rows[^1]));
    }

    /// <summary>The rows after the id <paramref name="after"/> (all when null), by id ascending: for version 7 ids, oldest first.</summary>
    public static IOrderedQueryable<T> OrderByIdAfter<T>(this IQueryable<T> rows, Expression<Func<T, Guid>> id, Guid? after)
    {
        if (after is { } lastId) rows = rows.Where(Condition(id, i => i.CompareTo(lastId) > 0));
        return rows.OrderBy(id);
    }

    /// <summary>The rows after the id <paramref name="after"/> (all when null), by id descending: for version 7 ids, newest first.</summary>
    public static IOrderedQueryable<T> OrderByIdDescendingAfter<T>(this IQueryable<T> rows, Expression<Func<T, Guid>> id, Guid? after)
    {
        if (after is { } lastId) rows = rows.Where(Condition(id, i => i.CompareTo(lastId) < 0));
        return rows.OrderByDescending(id);
    }

    /// <summary>The rows after the slug <paramref name="after"/> (all when null), by slug. Slugs are unique, so the slug alone is the key.</summary>
    public static IOrderedQueryable<T> OrderBySlugAfter<T>(this IQueryable<T> rows, Expression<Func<T, string>> slug, string? after)
    {
        // Translated to SQL's ">" on ASCII slugs, where culture plays no part.
        if (after is { } lastSlug) rows = rows.Where(Condition(slug, s => s.CompareTo(lastSlug) > 0));
        return rows.OrderBy(slug);
    }

    /// <summary>
    /// The rows after <paramref name="after"/> (all when null), by a date and then id, ascending or descending.
    /// The cursor holds the date as <see cref="HomeCalendar.ToKey"/> makes it; one without a key is never given
    /// out for these lists, and keeps every row.
    /// </summary>
    public static IOrderedQueryable<T> OrderByKeyAfter<T>(
        this IQueryable<T> rows, Expression<Func<T, DateOnly>> key, Expression<Func<T, Guid>> id, Cursor? after, bool descending)
    {
        if (after is { Key: { } cursorKey, Id: var lastId })
        {
            var date = HomeCalendar.FromKey(cursorKey);
            rows = rows.Where(descending
                ? Condition(key, id, (k, i) => k < date || k == date && i.CompareTo(lastId) < 0)
                : Condition(key, id, (k, i) => k > date || k == date && i.CompareTo(lastId) > 0));
        }
        return descending ? rows.OrderByDescending(key).ThenByDescending(id) : rows.OrderBy(key).ThenBy(id);
    }

    /// <summary>
    /// The rows after <paramref name="after"/> (all when null), by an instant that may be missing and then id,
    /// ascending or descending. A cursor without a key is on a row without the instant.
    /// </summary>
    public static IOrderedQueryable<T> OrderByKeyAfter<T>(
        this IQueryable<T> rows, Expression<Func<T, DateTimeOffset?>> key, Expression<Func<T, Guid>> id, Cursor? after, bool descending)
    {
        // PostgreSQL sorts NULLs last ascending and first descending; the conditions follow that order.
        if (after is { Key: { } instant, Id: var lastId })
        {
            rows = rows.Where(descending
                ? Condition(key, id, (k, i) => k < instant || k == instant && i.CompareTo(lastId) < 0)
                : Condition(key, id, (k, i) => k > instant || k == instant && i.CompareTo(lastId) > 0 || k == null));
        }
        else if (after is { Id: var nullKeyId })
        {
            rows = rows.Where(descending
                ? Condition(key, id, (k, i) => k == null && i.CompareTo(nullKeyId) < 0 || k != null)
                : Condition(key, id, (k, i) => k == null && i.CompareTo(nullKeyId) > 0));
        }
        return descending ? rows.OrderByDescending(key).ThenByDescending(id) : rows.OrderBy(key).ThenBy(id);
    }

    // The conditions are written on the key's value; the row's own key expression takes the value's place, so
    // that the query still reads the columns (and translates to SQL) as if written on the row.
    private static Expression<Func<T, bool>> Condition<T, TKey>(Expression<Func<T, TKey>> key, Expression<Func<TKey, bool>> condition) =>
        Expression.Lambda<Func<T, bool>>(Replace(condition.Body, condition.Parameters[0], key.Body), key.Parameters);

    private static Expression<Func<T, bool>> Condition<T, TKey>(
        Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id, Expression<Func<TKey, Guid, bool>> condition)
    {
        var row = key.Parameters[0];
        var idOfRow = Replace(id.Body, id.Parameters[0], row);
        var body = Replace(Replace(condition.Body, condition.Parameters[0], key.Body), condition.Parameters[1], idOfRow);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression Replace(Expression expression, ParameterExpression parameter, Expression replacement) =>
        new ParameterReplacement(parameter, replacement).Visit(expression);

    private sealed class ParameterReplacement(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
