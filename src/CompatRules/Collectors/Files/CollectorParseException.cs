namespace CompatRules.Collectors.Files;

/// <summary>A node file did not have the expected format; the message names the file and the line.</summary>
internal sealed class CollectorParseException : Exception
{
    public CollectorParseException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }
}
