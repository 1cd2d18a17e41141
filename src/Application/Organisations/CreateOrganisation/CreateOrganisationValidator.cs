namespace Scc.Application.Organisations.CreateOrganisation;

public sealed class CreateOrganisationValidator : OrganisationBodyValidator<CreateOrganisationCommand>;
