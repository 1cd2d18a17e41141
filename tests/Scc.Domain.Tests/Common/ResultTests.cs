using Scc.Domain.Common;

namespace Scc.Domain.Tests.Common;

public class ResultTests
{
    private static readonly Error SomeError = Error.Invalid("title", "Required.");

    [Fact]
    public void Success_HasNoError()
    {
        var result = Result.Success();

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
    }

    [Fact]
    public void ImplicitConversion_FromError_IsFailureWithThatError()
    {
        Result result = SomeError;

        Assert.False(result.IsSuccess);
        Assert.Same(SomeError, result.Error);
    }

    [Fact]
    public void Value_WhenSuccess_ReturnsTheValue()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
    }

    [Fact]
    public void Value_WhenFailure_ThrowsNamingTheErrorCode()
    {
        Result<int> result = SomeError;

        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("validation_failed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_IsValidationErrorNamingTheField()
    {
        Assert.Equal(new Error("validation_failed", "Required.", ErrorKind.Validation, "title"), SomeError);
    }
}
