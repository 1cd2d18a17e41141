using Scc.Application.Common.Auditing;
using Scc.Domain.Previews;

namespace Scc.Application.Previews;

/// <summary>The kinds of draft a preview link shows, named as the audit log and the trash name them.</summary>
public static class PreviewTypes
{
    public const string Event = AuditResourceTypes.Event;
    public const string Delegation = AuditResourceTypes.Delegation;
    public const string Mou = AuditResourceTypes.Mou;
    public const string Digest = AuditResourceTypes.Digest;

    public static readonly IReadOnlyList<string> All = [Event, Delegation, Mou, Digest];

    public static bool TryParse(string? name, out PreviewItemType type)
    {
        (var known, type) = name switch
        {
            Event => (true, PreviewItemType.Event),
            Delegation => (true, PreviewItemType.Delegation),
            Mou => (true, PreviewItemType.Mou),
            Digest => (true, PreviewItemType.Digest),
            _ => (false, default),
        };
        return known;
    }

    public static string NameOf(PreviewItemType type) => type switch
    {
        PreviewItemType.Event => Event,
        PreviewItemType.Delegation => Delegation,
        PreviewItemType.Mou => Mou,
        PreviewItemType.Digest => Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Description { get; } = string.Join(", ", All);
}
