namespace Scc.Application.Partnerships.UpdatePartnership;

public sealed class UpdatePartnershipValidator : PartnershipBodyValidator<UpdatePartnershipCommand>;
