using System.Reflection;

namespace CompatRules.Cli.Output;

/// <summary>The tool's version as the package gives it (<c>0.1.0</c>), without the <c>+commit</c> the SDK appends.</summary>
internal static class ToolVersion
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
