using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.ListOrganisations;

public sealed class ListOrganisationsHandler(IAppDbContext db, TypeAdapterConfig mapping, PublicAddress address)
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
        SlugCursor.TryDecode(query.Cursor, out var cursor);
        var page = await Keyset.PageAsync(
            organisations.OrderBySlugAfter(o => o.Slug, cursor?.Slug).ProjectToType<OrganisationResponse>(mapping), query.Limit,
            o => new SlugCursor(o.Slug).Encode(), cancellationToken);
        return new Page<OrganisationResponse>([.. page.Items.Select(o => o.WithLogo(address))], page.NextCursor);
    }
}
