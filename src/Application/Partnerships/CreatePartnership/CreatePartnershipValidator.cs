namespace Scc.Application.Partnerships.CreatePartnership;

public sealed class CreatePartnershipValidator : PartnershipBodyValidator<CreatePartnershipCommand>;
