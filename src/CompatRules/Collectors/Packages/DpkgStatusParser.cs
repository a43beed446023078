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
        // Line by line over spans: a status file lists every package of the host (hundreds of kilobytes), and only four
        // fields of the wanted packages become strings.
        var packages = new List<InstalledPackage>();
        var paragraph = new Paragraph();
        var lineNumber = 0;
        var rest = text.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            var raw = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            lineNumber++;
            Read(raw.TrimEnd('\r'), lineNumber, path, wanted, ref paragraph, packages);
            if (newline < 0)
            {
                break;
            }
        }

        paragraph.Finish(path, wanted, packages);
        return packages;
    }

    private static void Read(ReadOnlySpan<char> line, int lineNumber, string path, Func<string, bool> wanted, ref Paragraph paragraph, List<InstalledPackage> packages)
    {
        if (line.IsWhiteSpace())
        {
            paragraph.Finish(path, wanted, packages);
            paragraph = new Paragraph();
            return;
        }

        if (!paragraph.HasFields)
        {
            paragraph.Start = lineNumber;
        }

        if (line[0] is ' ' or '\t')
        {
            if (!paragraph.HasFields)
            {
                throw new CollectorParseException(path, lineNumber, "a continuation line before any field");
            }

            return; // continuation of a multi-line field (Description, Conffiles): not read
        }

        if (line[0] == '#')
        {
            return;
        }

        var colon = line.IndexOf(':');
        if (colon <= 0 || line[0] == '-' || line[..colon].ContainsAnyExcept(FieldNameCharacters))
        {
            throw new CollectorParseException(path, lineNumber, "expected 'Field: value' (a field name is printable ASCII without spaces or ':')");
        }

        paragraph.Add(line[..colon], line[(colon + 1)..], lineNumber);
    }

    /// <summary>The fields of one paragraph that are read (the first of each name, names without regard to case).</summary>
    private struct Paragraph
    {
        private (string Value, int Line)? _status;
        private (string Value, int Line)? _package;
        private (string Value, int Line)? _version;
        private (string Value, int Line)? _architecture;

        /// <summary>Whether a field (any field) has been read since the paragraph began.</summary>
        public bool HasFields { get; private set; }

        /// <summary>The paragraph's first line.</summary>
        public int Start { get; set; }

        public void Add(ReadOnlySpan<char> name, ReadOnlySpan<char> value, int line)
        {
            HasFields = true;
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                Keep(ref _status, value, line);
            }
            else if (name.Equals("Package", StringComparison.OrdinalIgnoreCase))
            {
                Keep(ref _package, value, line);
            }
            else if (name.Equals("Version", StringComparison.OrdinalIgnoreCase))
            {
                Keep(ref _version, value, line);
            }
            else if (name.Equals("Architecture", StringComparison.OrdinalIgnoreCase))
            {
                Keep(ref _architecture, value, line);
            }
        }

        /// <summary>The first value of a field is the one kept.</summary>
        private static void Keep(ref (string Value, int Line)? field, ReadOnlySpan<char> value, int line)
            => field ??= (value.Trim().ToString(), line);

        public readonly void Finish(string path, Func<string, bool> wanted, List<InstalledPackage> packages)
        {
            if (!HasFields || _status is not { } status || !IsInstalled(status.Value))
            {
                return;
            }

            if (_package is not { } name || name.Value.Length == 0)
            {
                throw new CollectorParseException(path, Start, "an installed package's paragraph has no Package field");
            }

            if (!wanted(name.Value))
            {
                return;
            }

            if (_version is not { } version)
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

            packages.Add(new InstalledPackage(name.Value, parsed, _architecture is { Value.Length: > 0 } arch ? arch.Value : null, name.Line));
        }
    }

    /// <summary>The third word of <c>Status: want flag status</c> is <c>installed</c> and the flag is <c>ok</c>.</summary>
    private static bool IsInstalled(string status)
    {
        var words = status.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[1] == "ok" && words[2] == "installed";
    }
}
