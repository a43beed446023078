namespace CompatRules.Snapshots;

/// <summary>Something in a snapshot that was read past rather than rejected, with where it is.</summary>
/// <param name="Kind">What the warning is about.</param>
/// <param name="JsonPath">Where in the document, such as <c>$.facts[3].colour</c>.</param>
/// <param name="LineNumber">The 1-based line of the value, or null when not known.</param>
/// <param name="BytePositionInLine">The 1-based byte column of the value in its line, or null when not known.</param>
/// <param name="Message">The warning in words, naming the source, position and path.</param>
public sealed record SnapshotWarning(SnapshotWarningKind Kind, string JsonPath, long? LineNumber, long? BytePositionInLine, string Message)
{
    /// <summary>The warning as one line.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}
