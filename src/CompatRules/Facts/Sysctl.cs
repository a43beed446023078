namespace CompatRules.Facts;

/// <summary>A kernel parameter under <c>/proc/sys</c> and its value.</summary>
/// <param name="Name">The dotted name, such as <c>net.ipv4.vs.conn_reuse_mode</c>.</param>
/// <param name="Value">The value with surrounding space trimmed, or null when the parameter does not exist on this
/// kernel (its feature or module is absent), which is itself a fact.</param>
public sealed record Sysctl(string Name, string? Value) : Fact
{
    /// <summary>The prefix of every sysctl fact key.</summary>
    public const string KeyPrefix = "sysctl:";

    /// <inheritdoc />
    public override string Key => KeyFor(Name);

    /// <inheritdoc />
    public override string Describe() => $"{Name} = {Value ?? "(no value)"}";

    /// <summary>True when the parameter exists on this kernel.</summary>
    public bool Exists => Value is not null;

    /// <summary>The value as a whole number, or null when it does not exist or is not one.</summary>
    public long? AsInteger => long.TryParse(Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The fact key for a parameter, such as <c>sysctl:net.ipv4.ip_forward</c>.</summary>
    /// <param name="name">The dotted name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string name) => KeyPrefix + name;
}
