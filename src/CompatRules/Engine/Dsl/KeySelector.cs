using CompatRules.Facts;

namespace CompatRules.Engine.Dsl;

/// <summary>
/// Tests <c>fact.Key == key</c> without building the fact's key string. <see cref="Fact.Key"/> is computed on every
/// call for keyed facts (<c>"setting:" + component + "/" + name</c>), and keyed patterns test it for every fact of
/// their type in every evaluation. For the keyed built-in fact types this compares the parts instead; it is used
/// only when a sample fact built from the parts round-trips to the same key, so a change in a key format falls
/// back to the plain comparison instead of silently disagreeing with it.
/// </summary>
internal static class KeySelector
{
    public static Func<object, bool> For(Type type, string key)
        => (type == typeof(ComponentSetting) ? Setting(key)
            : type == typeof(ComponentVersion) ? Prefixed(key, ComponentVersion.KeyPrefix, v => new ComponentVersion(v, null), (ComponentVersion f) => f.Component)
            : type == typeof(NetworkInterface) ? Prefixed(key, NetworkInterface.KeyPrefix, v => new NetworkInterface(v, null), (NetworkInterface f) => f.Name)
            : type == typeof(Sysctl) ? Prefixed(key, Sysctl.KeyPrefix, v => new Sysctl(v, null), (Sysctl f) => f.Name)
            : type == typeof(SocketCapability) ? Prefixed(key, SocketCapability.KeyPrefix, v => new SocketCapability(v, ProbeResult.Supported), (SocketCapability f) => f.Probe)
            : type == typeof(CollectionStatus) ? Prefixed(key, CollectionStatus.KeyPrefix, v => new CollectionStatus(v, CollectionState.Collected), (CollectionStatus f) => f.Subject)
            : null)
           ?? (f => type.IsInstanceOfType(f) && f is Fact fact && fact.Key == key);

    private static Func<object, bool>? Prefixed<T>(string key, string prefix, Func<string, T> sample, Func<T, string> part)
        where T : Fact
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var value = key[prefix.Length..];
        return sample(value).Key == key ? f => f is T t && string.Equals(part(t), value, StringComparison.Ordinal) : null;
    }

    private static Func<object, bool>? Setting(string key)
    {
        const string Prefix = ComponentSetting.KeyPrefix;
        var slash = key.IndexOf('/', Prefix.Length);
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || slash < 0
            || new ComponentSetting(key[Prefix.Length..slash], key[(slash + 1)..], string.Empty).Key != key)
        {
            return null;
        }

        var rest = key[Prefix.Length..];
        return f => f is ComponentSetting s
                    && s.Component.Length + 1 + s.Name.Length == rest.Length
                    && rest.AsSpan().StartsWith(s.Component, StringComparison.Ordinal)
                    && rest[s.Component.Length] == '/'
                    && rest.AsSpan().EndsWith(s.Name, StringComparison.Ordinal);
    }
}
