namespace Scc.Domain.ApiKeys;

/// <summary>What an API key may do.</summary>
public static class ApiKeyScopes
{
    /// <summary>List, read and export registrations, and follow the changes feed.</summary>
    public const string RegistrationsRead = "registrations:read";

    /// <summary>Create and update registrations in bulk by the CRM's external reference.</summary>
    public const string RegistrationsWrite = "registrations:write";

    /// <summary>Read content as the editors do: drafts and unpublished items in reads, lists and the content changes feed.</summary>
    public const string ContentRead = "content:read";

    /// <summary>Create and replace events, series, the directory, programmes, delegations, MoUs and digests; never publish or delete.</summary>
    public const string ContentWrite = "content:write";

    /// <summary>Move content through its statuses (publish, postpone, cancel, unpublish, terminate) and delete it.</summary>
    public const string ContentPublish = "content:publish";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        RegistrationsRead, RegistrationsWrite, ContentRead, ContentWrite, ContentPublish,
    };

    /// <summary>The scopes over content, which no single event can bound.</summary>
    public static readonly IReadOnlySet<string> Content = new HashSet<string>(StringComparer.Ordinal) { ContentRead, ContentWrite, ContentPublish };
}
