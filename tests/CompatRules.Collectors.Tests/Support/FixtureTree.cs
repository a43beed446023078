using CompatRules.Collectors;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>The captured node file trees under Fixtures/&lt;distro&gt;/.</summary>
internal static class FixtureTree
{
    public static string PathOf(string distro) => Path.Combine(AppContext.BaseDirectory, "Fixtures", distro);

    public static CollectorContext Context(string distro) => new(new CollectorOptions { HostRoot = PathOf(distro) });

    public static string Read(string relative) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
}
