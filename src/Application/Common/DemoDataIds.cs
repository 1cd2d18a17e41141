namespace Scc.Application.Common;

/// <summary>
/// Fixed ids of demo records that the OpenAPI request examples refer to, so that in Development every example in
/// Swagger UI works as it stands: the demo data (Infrastructure's seeder) creates these records with these ids.
/// </summary>
public static class DemoDataIds
{
    public static readonly Guid Scc = new("01890a5e-5cc0-7000-8000-000000000001");
    public static readonly Guid Depa = new("01890a5e-5cc0-7000-8000-000000000002");
    public static readonly Guid Hktdc = new("01890a5e-5cc0-7000-8000-000000000003");
    public static readonly Guid Hksia = new("01890a5e-5cc0-7000-8000-000000000004");
    public static readonly Guid GaryYeung = new("01890a5e-5cc0-7000-8000-000000000101");

    public static IReadOnlyDictionary<string, Guid> OrganisationsBySlug { get; } = new Dictionary<string, Guid>
    {
        ["scc"] = Scc,
        ["depa"] = Depa,
        ["hktdc"] = Hktdc,
        ["hksia"] = Hksia,
    };

    public static IReadOnlyDictionary<string, Guid> PeopleBySlug { get; } = new Dictionary<string, Guid> { ["gary-yeung"] = GaryYeung };
}
