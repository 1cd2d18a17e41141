namespace Scc.Api.Tests.Support;

/// <summary>
/// Test classes that build the TypeScript client (clients/typescript/dist): its build empties dist first, so two at once
/// would read each other's half-built output. Classes in this collection run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TypeScriptClientCollection
{
    public const string Name = "TypeScript client";
}
