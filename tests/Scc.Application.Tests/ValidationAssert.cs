using FluentValidation.Results;

namespace Scc.Application.Tests;

internal static class ValidationAssert
{
    public static void Passes(ValidationResult result) =>
        Assert.True(result.IsValid, "Unexpected errors: " + Describe(result));

    /// <summary>The result has errors, and all of them name <paramref name="key"/>.</summary>
    public static void FailsOnlyOn(ValidationResult result, string key)
    {
        Assert.False(result.IsValid, $"Expected an error on '{key}'.");
        Assert.True(
            result.Errors.All(e => e.PropertyName == key),
            $"Expected errors on '{key}' only, got: {Describe(result)}");
    }

    private static string Describe(ValidationResult result) =>
        string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
}
