using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.ListOrganisations;

public sealed class ListOrganisationsHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<ListOrganisationsQuery, Page<OrganisationResponse>>
{

    public async ValueTask<Page<OrganisationResponse>> Handle(ListOrganisationsQuery query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePatterns.Containing(query.Q);
            organisations = organisations.Where(o => EF.Functions.Like(EF.Property<string>(o, SearchText.Column), pattern, LikePatterns.Escape));
        }
        if (EnumNames<OrganisationKind>.TryParseList(query.Kind, out var kinds) && kinds.Count > 0)
            organisations = organisations.Where(o => kinds.Contains(o.Kind));
        if (query.CountryCode is { } country) organisations = organisations.Where(o => o.CountryCode == country);
        if (SlugCursor.TryDecode(query.Cursor, out var cursor) && cursor is { Slug: var lastSlug })
        {
            // Translated to SQL's ">" on ASCII slugs, where culture plays no part.
#pragma warning disable CA1309
            organisations = organisations.Where(o => string.Compare(o.Slug, lastSlug) > 0);
#pragma warning restore CA1309
        }

        var limit = query.Limit ?? PageLimits.Default;
        var rows = await organisations.OrderBy(o => o.Slug).Take(limit + 1).ProjectToType<OrganisationResponse>(mapping).ToListAsync(cancellationToken);
        if (rows.Count <= limit) return new Page<OrganisationResponse>(rows, null);
        rows.RemoveAt(limit);
        return new Page<OrganisationResponse>(rows, new SlugCursor(rows[^1].Slug).Encode());
    }
}
