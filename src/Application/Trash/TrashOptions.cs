namespace Scc.Application.Trash;

/// <summary>The <c>Trash</c> configuration section: how long deleted content stays restorable before it is purged.</summary>
public sealed class TrashOptions
{
    public const string Section = "Trash";

    /// <summary>From deletion to purge (<c>Trash:PurgeAfter</c>, a TimeSpan; default 30 days).</summary>
    public TimeSpan PurgeAfter { get; set; } = TimeSpan.FromDays(30);
}
