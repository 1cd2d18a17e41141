namespace Scc.Domain.ApiKeys;

/// <summary>What an API key may do.</summary>
public static class ApiKeyScopes
{
    /// <summary>List, read and export registrations, and follow the changes feed.</summary>
    public const string RegistrationsRead = "registrations:read";

    /// <summary>Create and update registrations in bulk by the CRM's external reference.</summary>
    public const string RegistrationsWrite = "registrations:write";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { RegistrationsRead, RegistrationsWrite };
}
