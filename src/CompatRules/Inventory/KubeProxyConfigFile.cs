namespace CompatRules.Inventory;

/// <summary>Finds the top-level <c>mode:</c> of a KubeProxyConfiguration YAML without a YAML library.</summary>
/// <remarks>Only unindented <c>mode:</c> lines count (nested blocks such as <c>ipvs:</c> have no <c>mode</c>, but an
/// indented line is never the top-level field); quotes and a trailing <c># comment</c> are removed.</remarks>
internal static class KubeProxyConfigFile
{
    public static (string Value, int Line)? FindMode(string yaml)
    {
        var lineNumber = 0;
        foreach (var rawLine in yaml.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (!line.StartsWith("mode:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line["mode:".Length..];
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0)
            {
                value = value[..comment];
            }

            value = value.Trim();
            if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            return (value.Trim(), lineNumber);
        }

        return null;
    }
}
