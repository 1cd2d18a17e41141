namespace Scc.Application.Digests.UpdateDigest;

public sealed class UpdateDigestValidator : DigestBodyValidator<UpdateDigestCommand>;
