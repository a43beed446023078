using System.Reflection;
using CompatRules.Facts;

namespace CompatRules.Cli.Commands;

/// <summary>The names options may use: rule ids from the rule set, components from the component catalogue
/// (<see cref="ComponentNames"/>) and the rules, and a "did you mean" for a name that is none of them.</summary>
internal static class KnownNames
{
    /// <summary>The component names: every <see cref="ComponentNames"/> constant and every rule's component, lower case.</summary>
    public static IReadOnlySet<string> Components(RuleEngine engine)
    {
        var names = typeof(ComponentNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(engine.Rules.Select(r => r.Component).OfType<string>())
            .Select(n => n.ToLowerInvariant());
        return names.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary><c>; did you mean 'x'?</c> for the closest candidate within two edits (or sharing a prefix of four),
    /// or the empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var lower = name.ToLowerInvariant();
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, lower.Length / 4) || (lower.Length >= 4 && c.Name.StartsWith(lower, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
