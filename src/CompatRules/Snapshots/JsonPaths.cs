namespace CompatRules.Snapshots;

/// <summary>Builds and shortens JSON paths in the form System.Text.Json reports them: <c>$.facts[3].release</c>,
/// <c>$.facts[3].options['odd.name']</c>.</summary>
internal static class JsonPaths
{
    public static string Property(string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$')
            ? "." + name
            : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>The enclosing path (<c>$.facts[3]</c> for <c>$.facts[3].release</c>), or null for <c>$</c>.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var open = path.LastIndexOf("['", StringComparison.Ordinal);
            return open > 0 ? path[..open] : "$";
        }

        var cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : "$";
    }

    /// <summary>Joins a fact's path with a path relative to the fact, as the serializer reports it (<c>$.release</c>).</summary>
    public static string Combine(string basePath, string? relativePath)
        => string.IsNullOrEmpty(relativePath) || relativePath == "$" ? basePath : basePath + relativePath[1..];
}
