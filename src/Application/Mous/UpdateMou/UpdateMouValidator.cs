namespace Scc.Application.Mous.UpdateMou;

public sealed class UpdateMouValidator : MouBodyValidator<UpdateMouCommand>;
