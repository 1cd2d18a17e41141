namespace Scc.Application.Organisations.UpdateOrganisation;

public sealed class UpdateOrganisationValidator : OrganisationBodyValidator<UpdateOrganisationCommand>;
