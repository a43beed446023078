using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Kernel;

/// <summary>Parses <c>/proc/modules</c>: <c>name size refcount deps state address [taints]</c> per line.</summary>
internal static class ProcModulesParser
{
    /// <summary>The names of the loaded modules, in file order.</summary>
    /// <exception cref="CollectorParseException">A line has fewer than six fields or a non-numeric size.</exception>
    public static IReadOnlyList<string> Parse(string text, string file)
    {
        var names = new List<string>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6)
            {
                throw new CollectorParseException(file, lineNumber, $"expected at least 6 fields, found {fields.Length}");
            }

            if (!ulong.TryParse(fields[1], out _))
            {
                throw new CollectorParseException(file, lineNumber, $"module size '{fields[1]}' is not a number");
            }

            names.Add(fields[0]);
        }

        return names;
    }
}
