using Mapster;

namespace Scc.Application.Common.Mapping;

/// <summary>The one Mapster configuration; projections built from it are translated to SQL by EF Core.</summary>
public static class MappingConfig
{
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        // Value objects (LocalizedText, EventSchedule...) are immutable records stored as jsonb: hand them over as they are.
        config.Default.ShallowCopyForSameType(true);
        config.Scan(typeof(MappingConfig).Assembly);
        return config;
    }
}
