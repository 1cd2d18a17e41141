using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.GetOwnRegistration;

public sealed class GetOwnRegistrationHandler(IAppDbContext db) : IQueryHandler<GetOwnRegistrationQuery, Result<OwnRegistrationResponse>>
{
    public async ValueTask<Result<OwnRegistrationResponse>> Handle(GetOwnRegistrationQuery query, CancellationToken cancellationToken)
    {
        // A malformed token and an unknown one get the same answer: nothing tells a guesser which it was.
        if (!ManageToken.TryHash(query.Token, out var hash)) return RegistrationErrors.NotFound;
        var found = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.ManageTokenHash == hash, cancellationToken);
        return found is null ? RegistrationErrors.NotFound : OwnRegistrationResponse.From(RegistrationResponse.From(found), found.CheckInCode);
    }
}
