namespace CompatRules.Benchmarks.Fleet;

/// <summary>The highest peak resident set a benchmark case's child processes reached, kept in a file per case: the
/// iterations run in BenchmarkDotNet's benchmark process, the summary column is drawn in its host process.</summary>
public static class PeakRssRecord
{
    private static string Directory => Path.Combine(Path.GetTempPath(), "compatrules-bench-peak-rss");

    /// <summary>Forgets what earlier runs of <paramref name="key"/> recorded.</summary>
    /// <param name="key">The benchmark case, such as <c>Json-20000</c>.</param>
    public static void Clear(string key)
    {
        if (File.Exists(PathOf(key)))
        {
            File.Delete(PathOf(key));
        }
    }

    /// <summary>Records <paramref name="bytes"/> for <paramref name="key"/> when it is above what is recorded.</summary>
    /// <param name="key">The benchmark case.</param>
    /// <param name="bytes">One child's peak resident set.</param>
    public static void Add(string key, long bytes)
    {
        System.IO.Directory.CreateDirectory(Directory);
        if (Read(key) is not { } recorded || bytes > recorded)
        {
            File.WriteAllText(PathOf(key), bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The recorded peak for <paramref name="key"/>, or null when nothing ran.</summary>
    /// <param name="key">The benchmark case.</param>
    /// <returns>Bytes, or null.</returns>
    public static long? Read(string key)
        => File.Exists(PathOf(key)) && long.TryParse(File.ReadAllText(PathOf(key)), System.Globalization.CultureInfo.InvariantCulture, out var bytes) ? bytes : null;

    private static string PathOf(string key) => Path.Combine(Directory, key + ".bytes");
}
