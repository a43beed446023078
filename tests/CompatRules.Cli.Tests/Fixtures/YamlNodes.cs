namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>Casts for <see cref="YamlLite"/> nodes.</summary>
internal static class YamlNodes
{
    public static Dictionary<string, object?> AsMap(this object? node) => Assert.IsType<Dictionary<string, object?>>(node);
}
