using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.People.GetPerson;

namespace Scc.Application.People.ListPeople;

public sealed class ListPeopleHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock, PublicAddress address)
    : IQueryHandler<ListPeopleQuery, Page<PersonResponse>>
{

    /// <summary>
    /// The shadow property with the organisation ids of the person's appointments, as the text of a JSON
    /// array (<c>["0190…", …]</c>), for <c>?organisationId=</c>.
    /// </summary>
    public const string OrganisationIdsColumn = "AppointmentOrganisationIds";

    public async ValueTask<Page<PersonResponse>> Handle(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePatterns.Containing(query.Q);
            people = people.Where(p => EF.Functions.Like(EF.Property<string>(p, SearchText.Column), pattern, LikePatterns.Escape));
        }
        if (query.OrganisationId is { } organisationId)
        {
            // A quoted id is a whole element of the array: ids are hexadecimal and hyphens, never a wildcard.
            var pattern = "%\"" + organisationId.ToString("D") + "\"%";
            people = people.Where(p => EF.Functions.Like(EF.Property<string>(p, OrganisationIdsColumn), pattern));
        }
        SlugCursor.TryDecode(query.Cursor, out var cursor);
        var page = await Keyset.PageAsync(
            people.OrderBySlugAfter(p => p.Slug, cursor?.Slug).ProjectToType<PersonResponse>(mapping), query.Limit,
            p => new SlugCursor(p.Slug).Encode(), cancellationToken);
        var today = PersonDates.Today(clock);
        return new Page<PersonResponse>([.. page.Items.Select(p => p.WithTitles(today, on: null).WithPortrait(address))], page.NextCursor);
    }
}
