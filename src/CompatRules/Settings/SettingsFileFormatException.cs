namespace CompatRules.Settings;

/// <summary>A component's configuration file that cannot be read as what it should be, with the file and line.</summary>
internal sealed class SettingsFileFormatException : Exception
{
    public SettingsFileFormatException(string file, long line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file, as the reader named it (a host path, or a ConfigMap key).</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
