using CompatRules.Engine.Model;
using CompatRules.Facts;

namespace CompatRules.Engine.Running;

/// <summary>Finds the settings a rule reads that the facts give more than one value (two kube-proxy modes, seen in two
/// containers, or on the node and in the inventory). Each value is evaluated as it is (the rule may fire for one and
/// not the other); none is preferred, and the result says so with every value's provenance.</summary>
internal static class SettingConflicts
{
    /// <summary>One note per conflicting setting key that <paramref name="rule"/> reads.</summary>
    public static IEnumerable<string> Notes(RuleModel rule, FactIndex facts)
    {
        var keys = rule.Patterns.SelectMany(p => p.Requirements).Select(r => Bare(r.Key))
            .Where(k => k.StartsWith(ComponentSetting.KeyPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var settings = facts.OfType(typeof(ComponentSetting)).Cast<ComponentSetting>().ToList();
        var notes = new List<string>();
        foreach (var key in keys)
        {
            var values = settings.Where(s => s.Key == key).GroupBy(s => s.Value.Trim(), StringComparer.OrdinalIgnoreCase).ToList();
            if (values.Count > 1)
            {
                notes.Add($"Conflict: {key} has {values.Count} values, each evaluated and none preferred: "
                    + string.Join("; ", values.Select(v => $"{v.Key} ({string.Join(", ", v.Select(s => s.Provenance.ToString()).Distinct(StringComparer.Ordinal))})")));
            }
        }

        return notes;
    }

    private static string Bare(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }
}
