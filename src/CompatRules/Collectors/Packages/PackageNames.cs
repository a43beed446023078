namespace CompatRules.Collectors.Packages;

/// <summary>Matches package names against <see cref="CollectorOptions.Packages"/>: exact names, and prefixes written
/// with a trailing <c>*</c>.</summary>
internal static class PackageNames
{
    public static Func<string, bool> Matcher(IEnumerable<string> patterns)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var pattern in patterns)
        {
            if (pattern.EndsWith('*'))
            {
                prefixes.Add(pattern[..^1]);
            }
            else
            {
                exact.Add(pattern);
            }
        }

        return name => exact.Contains(name) || prefixes.Exists(p => name.StartsWith(p, StringComparison.Ordinal));
    }
}
