namespace CompatRules.Collectors.Containers;

/// <summary>Keeps node secrets out of snapshots: the value of a container environment variable whose name looks
/// secret, or whose value holds a PEM block, is replaced by <see cref="Redacted"/> before it becomes a
/// <see cref="Facts.ComponentSetting"/>. A name-based policy (the setting is still reported, without its value), so
/// that a rule can still see that it is set; no built-in rule reads such a setting.</summary>
internal static class SecretSettings
{
    /// <summary>What a secret value is replaced with.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>Parts of a name, compared case-insensitively, that make it secret-looking.</summary>
    public static readonly IReadOnlyList<string> SecretNameParts =
    [
        "PSK", "TOKEN", "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "KEY", "CREDENTIAL", "PRIVATE", "AUTH", "COOKIE", "SESSION", "SIGNATURE",
    ];

    /// <summary>True when <paramref name="name"/> contains one of <see cref="SecretNameParts"/>.</summary>
    public static bool IsSecretName(string name) => SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value to report: <paramref name="value"/>, or <see cref="Redacted"/> for a secret-looking name
    /// or a value that carries a PEM block (<c>-----BEGIN</c>).</summary>
    public static string ValueToReport(string name, string value)
        => IsSecretName(name) || value.Contains("-----BEGIN", StringComparison.Ordinal) ? Redacted : value;
}
