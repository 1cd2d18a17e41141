namespace Scc.Domain.Mous;

/// <summary>Editorial status: whether readers see the MoU. Its term status follows from its dates.</summary>
public enum MouVisibility
{
    Draft,
    Published,
}
