using Scc.Domain.Common;

namespace Scc.Application.Mous.TerminateMou;

/// <summary>When an MoU ended early, and why.</summary>
/// <param name="TerminatedOn">The day it ended (yyyy-MM-dd); not before it was signed.</param>
public sealed record TerminateMouBody(DateOnly TerminatedOn, LocalizedText? Note = null);
