using System.Text.Json;

namespace CompatRules.Json;

/// <summary>Reads optional members without throwing: a member of the wrong JSON type counts as absent, and the
/// caller decides whether that deserves a warning.</summary>
internal static class JsonAccess
{
    public static JsonElement? Member(JsonElement parent, string name, JsonValueKind kind)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    public static JsonElement? Object(JsonElement parent, string name) => Member(parent, name, JsonValueKind.Object);

    public static JsonElement? Array(JsonElement parent, string name) => Member(parent, name, JsonValueKind.Array);

    public static string? String(JsonElement parent, string name)
        => Member(parent, name, JsonValueKind.String)?.GetString();

    public static string? String(JsonElement parent, string first, string second)
        => Object(parent, first) is { } inner ? String(inner, second) : null;

    /// <summary>True when <paramref name="name"/> is present but neither null nor of <paramref name="kind"/>.</summary>
    public static bool HasWrongKind(JsonElement parent, string name, JsonValueKind kind)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
           && value.ValueKind != kind && value.ValueKind != JsonValueKind.Null;

    /// <summary>Why <paramref name="name"/> could not be read as <paramref name="kind"/>: <c>is missing</c>,
    /// <c>is null</c>, or <c>is a number, not a string</c>.</summary>
    public static string Absence(JsonElement parent, string name, JsonValueKind kind)
        => parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) ? "is missing"
            : value.ValueKind == JsonValueKind.Null ? "is null"
            : $"is {JsonKinds.Describe(value.ValueKind)}, not {JsonKinds.Describe(kind)}";

    public static IEnumerable<(int Index, JsonElement Element)> Elements(JsonElement? array)
    {
        if (array is not { ValueKind: JsonValueKind.Array } items)
        {
            yield break;
        }

        var index = 0;
        foreach (var element in items.EnumerateArray())
        {
            yield return (index++, element);
        }
    }
}
