using System.Collections.Frozen;
using System.Text.Json;

namespace CompatRules.Snapshots.Wire;

/// <summary>The camelCase JSON names of an enum's members (<c>PermissionDenied</c> is <c>permissionDenied</c>).</summary>
internal static class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> NamesByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ValuesByName =
        NamesByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every name, in declaration order, for messages and the schema.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<TEnum>().Select(v => NamesByValue[v]).ToArray();

    public static string NameOf(TEnum value)
        => NamesByValue.TryGetValue(value, out var name)
            ? name
            : throw new NotSupportedException($"{typeof(TEnum).Name} value {value} has no snapshot name.");

    public static bool TryParse(string name, out TEnum value) => ValuesByName.TryGetValue(name, out value);
}
