using CompatRules.Collectors.Files;
using CompatRules.Facts;
using CompatRules.Settings;

namespace CompatRules.Collectors.Containers;

/// <summary>The <see cref="ISettingsOrigin"/> of a container read on the node: provenance names the OCI
/// <c>config.json</c> and the field, and a file a flag names is read through the container's mounts, under the host
/// root with the collector's confined reader.</summary>
internal sealed class NodeSettingsOrigin(HostFileReader reader, CollectorResultBuilder builder, ContainerConfig container, string configPath, string nodeBundle, string describe, string component)
    : ISettingsOrigin
{
    /// <inheritdoc />
    public Provenance OfFlag(CommandLineFlag flag) => Provenance.FromFile(configPath, $"{flag.Word.Field}: {flag.Word.Text}; {describe}");

    /// <inheritdoc />
    public Provenance OfCommandLine(string detail) => Provenance.FromFile(configPath, $"process.args: {detail}; {describe}");

    /// <inheritdoc />
    public Provenance OfEnvironment(string detail) => Provenance.FromFile(configPath, $"process.env: {detail}; {describe}");

    /// <inheritdoc />
    public SettingsFile? ReadFile(CommandLineFlag flag, string setting)
    {
        var named = $"--{flag.Name}={flag.Value} in {flag.Word.Field} of {configPath}";
        var (nodePath, how) = ContainerPaths.Resolve(container, nodeBundle, flag.Value);
        if (nodePath is null)
        {
            Problem(setting, CollectionState.NotCollected, $"{named}: {how}");
            return null;
        }

        var read = reader.ReadText(nodePath);
        if (!read.Ok)
        {
            Problem(setting, read.State == CollectionState.Absent ? CollectionState.Error : read.State, $"{named} ({how}): {read.Reason}");
            return null;
        }

        return new SettingsFile(read.Text!, SourceKind.File, read.Path, $"{named}, {how}");
    }

    /// <inheritdoc />
    public void Problem(string setting, CollectionState state, string reason)
    {
        var subject = ComponentSetting.KeyFor(component, setting);
        if (!builder.Statuses.Any(s => s.Subject == subject))
        {
            builder.Status(subject, state, reason);
        }
    }
}
