using System.Text.Json;

namespace Scc.Application.Common;

/// <summary>An enum value as the API writes it (camelCase), for names written into answers: <c>GuestOfHonour</c> is <c>guestOfHonour</c>.</summary>
public static class EnumName
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
