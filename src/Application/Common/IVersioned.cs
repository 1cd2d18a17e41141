namespace Scc.Application.Common;

/// <summary>A response that carries its resource's row version, which the API sends as the ETag.</summary>
public interface IVersioned
{
    uint Version { get; }
}
