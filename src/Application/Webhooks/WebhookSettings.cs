namespace Scc.Application.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>How long one HTTP attempt may take, connection included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a secret rotation, how long deliveries are signed with the previous secret as well as the new one.</summary>
    public TimeSpan SecretRotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Allows http:// and loopback addresses (never private or link-local ones) as webhook URLs. For tests and
    /// Development only: the API refuses to start with it in any other environment.
    /// </summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>
    /// Where the deprecation of the <c>Scc-*</c> headers is described: the <c>Link</c> (<c>rel="deprecation"</c>) that
    /// every delivery carries beside them. The published copy of docs/versioning.md.
    /// </summary>
    public Uri DeprecationLink { get; set; } = new("https://www.smartcity.org.hk/developers/api/versioning#deprecated-webhook-headers");
}
