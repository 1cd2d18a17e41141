namespace Scc.Application.Programmes.CreateProgramme;

public sealed class CreateProgrammeValidator : ProgrammeBodyValidator<CreateProgrammeCommand>;
