namespace CompatRules.Facts;

/// <summary>A setting of a component: an environment variable, flag or configuration field and its value.</summary>
/// <param name="Component">The normalised component name, one of <see cref="ComponentNames"/> or your own.</param>
/// <param name="Name">The setting, such as <c>ENABLE_TPROXY</c>, <c>mode</c>, <c>FELIX_IPTABLESBACKEND</c>.</param>
/// <param name="Value">The value as configured, such as <c>true</c>, <c>ipvs</c>, <c>NFT</c>.</param>
public sealed record ComponentSetting(string Component, string Name, string Value) : Fact
{
    /// <summary>The prefix of every setting fact key.</summary>
    public const string KeyPrefix = "setting:";

    /// <inheritdoc />
    public override string Key => KeyFor(Component, Name);

    /// <inheritdoc />
    public override string Describe() => $"{Component} {Name}={Value}";

    /// <summary>True when the value reads as on: <c>true</c>, <c>1</c>, <c>yes</c> or <c>on</c>, in any case.</summary>
    public bool IsEnabled => Value.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on";

    /// <summary>True when the value equals <paramref name="value"/>, ignoring case and surrounding space.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Whether the values match.</returns>
    public bool Is(string value) => string.Equals(Value.Trim(), value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The fact key for a setting, such as <c>setting:kube-ovn/ENABLE_TPROXY</c>.</summary>
    /// <param name="component">The normalised component name.</param>
    /// <param name="name">The setting name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string component, string name) => $"{KeyPrefix}{component}/{name}";
}
