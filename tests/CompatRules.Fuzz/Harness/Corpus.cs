using System.IO.Compression;
using System.Text;

namespace CompatRules.Fuzz.Harness;

/// <summary>Loads seed inputs from the fixtures copied next to the test assembly under <c>Corpus/</c>.</summary>
internal static class Corpus
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every file under <c>Corpus/</c> whose path relative to it ends with <paramref name="suffix"/>.</summary>
    public static IReadOnlyList<byte[]> Files(string suffix)
    {
        var files = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Root, f).Replace('\\', '/').EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        return files.Count > 0 ? files : throw new InvalidOperationException($"no corpus file under {Root} ends with {suffix}");
    }

    /// <summary>Files matched by any of <paramref name="suffixes"/>.</summary>
    public static IReadOnlyList<byte[]> Files(params string[] suffixes) => suffixes.SelectMany(Files).ToList();

    /// <summary>The lines of <c>Corpus/<paramref name="name"/></c>, each a seed, as UTF-8.</summary>
    public static IReadOnlyList<byte[]> Lines(string name)
        => File.ReadAllLines(Path.Combine(Root, name)).Where(l => l.Length > 0).Select(Encoding.UTF8.GetBytes).ToList();

    /// <summary>The datagrams of the captured netlink fixtures (hex, one per line) whose name starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<byte[]> Datagrams(string prefix)
        => Directory.EnumerateFiles(Path.Combine(Root, "collectors", "netlink"), prefix + "*.hex")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => Convert.FromHexString(line.Trim()))
            .ToList();

    public static byte[] Gzip(byte[] plain)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(plain);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes an input as the collectors do (UTF-8, invalid bytes become U+FFFD).</summary>
    public static string Text(byte[] input) => Encoding.UTF8.GetString(input);
}
