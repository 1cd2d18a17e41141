using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Publishing.RunPublicationSchedule;

/// <summary>
/// Carries out the planned publications and take-downs that are due, each through the same command as a person's
/// publish or unpublish (so the audit log, the changes feed, the webhooks and the feeds' cache see the same), each in
/// a transaction of its own that first claims its row. Answers how many were carried out.
/// </summary>
public sealed record RunPublicationScheduleCommand : ICommand<Result<int>>
{
    /// <summary>Items carried out per run at most, so that one run never holds the database for long; the next run goes on.</summary>
    public const int BatchSize = 100;
}
