namespace Scc.Application.Common;

/// <summary>
/// A command whose handler runs in one database transaction, opened by <see cref="Behaviours.TransactionBehaviour{TMessage, TResponse}"/>:
/// committed when the handler succeeds, rolled back when it returns an expected failure or throws.
/// </summary>
public interface ITransactionalCommand;
