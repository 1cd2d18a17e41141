namespace Scc.Infrastructure.Persistence.Seed;

/// <summary>
/// Fixed ids of demo records that the OpenAPI request examples refer to, so that in Development every
/// example in Swagger UI works as it stands.
/// </summary>
public static class DemoDataIds
{
    /// <summary>The Hong Kong Software Industry Association (HKSiA).</summary>
    public static readonly Guid Hksia = new("01890a5d-ac96-7000-8000-00000000a001");

    public static IReadOnlyDictionary<string, Guid> BySlug { get; } = new Dictionary<string, Guid> { ["hksia"] = Hksia };
}
