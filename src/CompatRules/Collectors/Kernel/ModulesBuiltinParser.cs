namespace CompatRules.Collectors.Kernel;

/// <summary>Parses <c>modules.builtin</c>: one module path per line, such as <c>kernel/net/netfilter/nf_tables.ko</c>.</summary>
internal static class ModulesBuiltinParser
{
    /// <summary>The module names, hyphens turned into underscores as the kernel spells them.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var name = line[(line.LastIndexOf('/') + 1)..];
            if (name.EndsWith(".ko", StringComparison.Ordinal))
            {
                name = name[..^3];
            }

            names.Add(ModuleName.Normalize(name));
        }

        return names;
    }
}
