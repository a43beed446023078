namespace CompatRules.Snapshots;

/// <summary>A facts snapshot could not be read: it is not JSON, not a snapshot, too large or too deep, or a value in
/// it is not what its property needs.</summary>
/// <remarks>The message names the source, the line and column, the JSON path and what was expected there, such as
/// <c>node-1.json(12,18): facts[3].release: expected a kernel release such as 5.15.0-91-generic</c>. The
/// <see cref="Exception.InnerException"/> is the <see cref="System.Text.Json.JsonException"/> or
/// <see cref="Versions.VersionFormatException"/> behind it, when there is one.</remarks>
public sealed class SnapshotFormatException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public SnapshotFormatException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and the exception behind it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception behind it, or null.</param>
    public SnapshotFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>Creates the exception for a problem at a place in a source, composing the message from them.</summary>
    /// <param name="sourceName">The file or other source, or null.</param>
    /// <param name="jsonPath">The JSON path, such as <c>$.facts[3].release</c>, or null when the problem is the whole input.</param>
    /// <param name="lineNumber">The 1-based line, or null when not known.</param>
    /// <param name="bytePositionInLine">The 1-based byte column, or null when not known.</param>
    /// <param name="problem">What is wrong and what was expected, such as <c>expected a kernel release such as 5.15.0-91-generic</c>.</param>
    /// <param name="innerException">The exception behind it, or null.</param>
    public SnapshotFormatException(string? sourceName, string? jsonPath, long? lineNumber, long? bytePositionInLine, string problem, Exception? innerException = null)
        : base(Compose(sourceName, jsonPath, lineNumber, bytePositionInLine, problem), innerException)
    {
        SourceName = sourceName;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Problem = problem;
    }

    /// <summary>The file or other source the snapshot was read from, or null when not named.</summary>
    public string? SourceName { get; }

    /// <summary>Where in the document, such as <c>$.facts[3].release</c>, or null when the problem is the whole input.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the offending value, or null when not known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte column of the offending value in its line, or null when not known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>What is wrong and what was expected, without the place.</summary>
    public string Problem { get; }

    internal static string Compose(string? sourceName, string? jsonPath, long? lineNumber, long? bytePositionInLine, string problem)
    {
        var place = sourceName ?? "snapshot";
        if (lineNumber is not null)
        {
            place += bytePositionInLine is null ? $"({lineNumber})" : $"({lineNumber},{bytePositionInLine})";
        }

        var path = jsonPath is null or "$" ? null : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
        return path is null ? $"{place}: {problem}" : $"{place}: {path}: {problem}";
    }
}
