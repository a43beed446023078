namespace CompatRules.Inventory;

/// <summary>The cluster inventory cannot be read at all: it is not JSON, is cut short, is too large or too deep, or
/// is not a <c>List</c> or a single <c>Node</c>.</summary>
/// <remarks>Problems with single items do not throw; they become <see cref="InventoryWarning"/>s and the other items
/// are still read.</remarks>
public sealed class InventoryFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file or stream name, or null when not known.</param>
    /// <param name="jsonPath">Where in the document the problem is, such as <c>$.items[3].metadata</c>; <c>$</c> for the whole document.</param>
    /// <param name="lineNumber">The one-based line of the problem, or null when no line applies (the input is too large).</param>
    /// <param name="problem">What is wrong, such as "the document ends inside an object".</param>
    /// <param name="expected">What was expected instead, such as "a JSON object at the root".</param>
    /// <param name="innerException">The JSON parser's exception, or null.</param>
    public InventoryFormatException(string? sourceName, string jsonPath, long? lineNumber, string problem, string expected, Exception? innerException = null)
        : base(Format(sourceName, jsonPath, lineNumber, problem, expected), innerException)
    {
        SourceName = sourceName;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>The file or stream name, or null when not known.</summary>
    public string? SourceName { get; }

    /// <summary>Where in the document the problem is, such as <c>$.kind</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The one-based line of the problem, or null when no line applies.</summary>
    public long? LineNumber { get; }

    /// <summary>What is wrong with the input.</summary>
    public string Problem { get; }

    /// <summary>What the reader expected instead.</summary>
    public string Expected { get; }

    private static string Format(string? sourceName, string jsonPath, long? lineNumber, string problem, string expected)
    {
        var where = (sourceName ?? "inventory") + (lineNumber is { } line ? $":{line}" : string.Empty);
        return $"{where}: {jsonPath}: {problem}; expected {expected}.";
    }
}
