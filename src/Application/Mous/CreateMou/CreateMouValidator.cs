namespace Scc.Application.Mous.CreateMou;

public sealed class CreateMouValidator : MouBodyValidator<CreateMouCommand>;
