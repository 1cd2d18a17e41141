using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Partnerships.GetPartnership;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships.UpdatePartnership;

public sealed class UpdatePartnershipHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdatePartnershipCommand, Result<PartnershipResponse>>
{
    public async ValueTask<Result<PartnershipResponse>> Handle(UpdatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (partnership is null) return PartnershipErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != partnership.Version) return Error.PreconditionFailed;
        var slug = command.Slug ?? partnership.Slug;
        if (await PartnershipReferences.CheckAsync(db, command, slug, partnership.Id, cancellationToken) is { } error) return error;
        var updated = partnership.Update(slug, command.ToDetails());
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPartnershipQuery(partnership.Id, IncludeContact: true), cancellationToken);
    }
}
