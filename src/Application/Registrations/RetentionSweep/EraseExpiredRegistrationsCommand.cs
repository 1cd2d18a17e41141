using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.RetentionSweep;

/// <summary>
/// The retention rule: erases the personal data of registrations for events that ended more than
/// <paramref name="Months"/> months ago. Run by the retention service, and callable on its own.
/// </summary>
public sealed record EraseExpiredRegistrationsCommand(int Months) : ICommand<Result<int>>
{
    /// <summary>Rows erased per transaction, so a first run over years of data holds no long locks.</summary>
    public const int BatchSize = 500;
}
