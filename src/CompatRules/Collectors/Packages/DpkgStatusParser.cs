using CompatRules.Collectors.Files;
using CompatRules.Versions;

namespace CompatRules.Collectors.Packages;

/// <summary>Reads dpkg's <c>/var/lib/dpkg/status</c> (deb822 paragraphs, dpkg(1) "INFORMATION ABOUT PACKAGES"): the
/// <c>Package</c>, <c>Version</c>, <c>Architecture</c> and <c>Status</c> of each paragraph. Only packages whose
/// status is <c>install ok installed</c> (or <c>hold ok installed</c>) count: a package removed but not purged
/// (<c>config-files</c>), half-installed or unpacked is not installed.</summary>
internal static class DpkgStatusParser
{
    /// <summary>deb822 field names: US-ASCII from '!' to '~' except ':' (deb822(5)).</summary>
    private static readonly System.Buffers.SearchValues<char> FieldNameCharacters =
        System.Buffers.SearchValues.Create(string.Concat(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => c != ':')));

    /// <summary>The installed packages of <paramref name="text"/> whose name <paramref name="wanted"/> accepts.</summary>
    /// <exception cref="CollectorParseException">A paragraph of an installed package lacks its name or has a version
    /// dpkg would refuse, or a line is not a field (with the file and line).</exception>
    public static List<InstalledPackage> Parse(string text, string path, Func<string, bool> wanted)
    {
        var packages = new List<InstalledPackage>();
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        var start = 0;
        string? lastField = null;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Finish(fields, start, path, wanted, packages);
                fields.Clear();
                lastField = null;
                continue;
            }

            if (fields.Count == 0)
            {
                start = lineNumber;
            }

            if (line[0] is ' ' or '\t')
            {
                if (lastField is null)
                {
                    throw new CollectorParseException(path, lineNumber, "a continuation line before any field");
                }

                continue; // continuation of a multi-line field (Description, Conffiles): not read
            }

            if (line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[0] == '-' || line.AsSpan(0, colon).ContainsAnyExcept(FieldNameCharacters))
            {
                throw new CollectorParseException(path, lineNumber, "expected 'Field: value' (a field name is printable ASCII without spaces or ':')");
            }

            lastField = line[..colon];
            fields.TryAdd(lastField, (line[(colon + 1)..].Trim(), lineNumber));
        }

        Finish(fields, start, path, wanted, packages);
        return packages;
    }

    private static void Finish(Dictionary<string, (string Value, int Line)> fields, int start, string path, Func<string, bool> wanted, List<InstalledPackage> packages)
    {
        if (fields.Count == 0 || !fields.TryGetValue("Status", out var status) || !IsInstalled(status.Value))
        {
            return;
        }

        if (!fields.TryGetValue("Package", out var name) || name.Value.Length == 0)
        {
            throw new CollectorParseException(path, start, "an installed package's paragraph has no Package field");
        }

        if (!wanted(name.Value))
        {
            return;
        }

        if (!fields.TryGetValue("Version", out var version))
        {
            throw new CollectorParseException(path, name.Line, $"installed package {name.Value} has no Version field");
        }

        PackageVersion parsed;
        try
        {
            parsed = PackageVersion.ParseDpkg(version.Value);
        }
        catch (VersionFormatException e)
        {
            throw new CollectorParseException(path, version.Line, $"package {name.Value}: {e.Message}");
        }

        packages.Add(new InstalledPackage(name.Value, parsed, fields.TryGetValue("Architecture", out var arch) && arch.Value.Length > 0 ? arch.Value : null, name.Line));
    }

    /// <summary>The third word of <c>Status: want flag status</c> is <c>installed</c> and the flag is <c>ok</c>.</summary>
    private static bool IsInstalled(string status)
    {
        var words = status.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[1] == "ok" && words[2] == "installed";
    }
}
