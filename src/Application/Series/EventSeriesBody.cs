using Scc.Domain.Common;

namespace Scc.Application.Series;

/// <summary>What a client sends to create or replace a series.</summary>
/// <param name="Slug">Made from the English title when left out on creation; kept when left out on replacement.</param>
public abstract record EventSeriesBody(LocalizedText Title, string? Slug = null, LocalizedText? Description = null);
