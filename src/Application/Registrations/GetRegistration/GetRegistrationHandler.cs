using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.GetRegistration;

public sealed class GetRegistrationHandler(IAppDbContext db) : IQueryHandler<GetRegistrationQuery, Result<RegistrationResponse>>
{
    public async ValueTask<Result<RegistrationResponse>> Handle(GetRegistrationQuery query, CancellationToken cancellationToken)
    {
        var registrations = db.Registrations.AsNoTracking().Where(r => r.Id == query.Id);
        // 404 rather than 403: a restricted key learns nothing about other events' registrations, not even that they exist.
        if (query.RestrictToEventId is { } only) registrations = registrations.Where(r => r.EventId == only);
        var registration = await registrations.Select(RegistrationResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return registration is null ? RegistrationErrors.NotFound : registration;
    }
}
