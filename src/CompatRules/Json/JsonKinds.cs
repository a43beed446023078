using System.Text.Json;

namespace CompatRules.Json;

/// <summary>JSON value kinds in words, for the format errors of the snapshot and inventory readers.</summary>
internal static class JsonKinds
{
    /// <summary>The kind with its article: <c>an object</c>, <c>a string</c>, <c>null</c>.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
