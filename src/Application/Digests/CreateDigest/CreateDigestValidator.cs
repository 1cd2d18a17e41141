namespace Scc.Application.Digests.CreateDigest;

public sealed class CreateDigestValidator : DigestBodyValidator<CreateDigestCommand>;
