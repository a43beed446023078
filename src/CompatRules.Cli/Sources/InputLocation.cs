namespace CompatRules.Cli.Sources;

/// <summary>Formats a problem in an input file the same way everywhere: <c>file:line: JSON path $.x.y: message</c>.</summary>
internal static class InputLocation
{
    /// <summary>The one-line message; the line is left out only when it is not known (an input over the size limit).</summary>
    /// <param name="file">The file as the user named it, or <c>&lt;stdin&gt;</c>.</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <param name="jsonPath">The JSON path, with or without the leading <c>$.</c>; null or empty for the whole document.</param>
    /// <param name="message">What is wrong.</param>
    public static string Format(string file, long? line, string? jsonPath, string message)
    {
        var place = line is { } number ? $"{file}:{number}" : file;
        return $"{place}: JSON path {Normalize(jsonPath)}: {message}";
    }

    /// <summary>The path in <c>$</c> form: <c>facts[3].release</c> becomes <c>$.facts[3].release</c>.</summary>
    public static string Normalize(string? jsonPath) => jsonPath switch
    {
        null or "" or "$" => "$",
        _ when jsonPath.StartsWith('$') => jsonPath,
        _ when jsonPath.StartsWith('[') => "$" + jsonPath,
        _ => "$." + jsonPath,
    };
}
