namespace Scc.Application.Programmes.UpdateProgramme;

public sealed class UpdateProgrammeValidator : ProgrammeBodyValidator<UpdateProgrammeCommand>;
