using CompatRules.Facts;

namespace CompatRules.Settings;

/// <summary>What <see cref="ComponentSettingsDeriver"/> needs from where a container was read (a node's OCI config,
/// or a pod spec of the cluster inventory): provenance for what the command line says or implies, the files its
/// flags name, and somewhere to say why a setting could not be known.</summary>
internal interface ISettingsOrigin
{
    /// <summary>The provenance of a value given by <paramref name="flag"/>.</summary>
    Provenance OfFlag(CommandLineFlag flag);

    /// <summary>The provenance of a value the command line implies by leaving a flag out (<paramref name="detail"/> says which).</summary>
    Provenance OfCommandLine(string detail);

    /// <summary>The provenance of a value derived from the environment (<paramref name="detail"/> says from what).</summary>
    Provenance OfEnvironment(string detail);

    /// <summary>The file <paramref name="flag"/> names, or null when it cannot be read here (the origin has then
    /// reported why through <see cref="Problem"/>).</summary>
    SettingsFile? ReadFile(CommandLineFlag flag, string setting);

    /// <summary>Says why <paramref name="setting"/> (a setting name such as <c>mode</c>) is not known.</summary>
    void Problem(string setting, CollectionState state, string reason);
}
