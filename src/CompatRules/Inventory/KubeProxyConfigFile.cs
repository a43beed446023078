namespace CompatRules.Inventory;

/// <summary>Finds the top-level <c>mode:</c> of a KubeProxyConfiguration YAML, and fields of its nested blocks
/// (<c>ipvs.strictARP</c>, <c>nftables.skipKernelVersionCheck</c>), without a YAML library.</summary>
/// <remarks>Only unindented <c>mode:</c> lines count (nested blocks such as <c>ipvs:</c> have no <c>mode</c>, but an
/// indented line is never the top-level field); a nested field is a line of the block's first indentation below an
/// unindented <c>block:</c> line. Quotes and a trailing <c># comment</c> are removed.</remarks>
internal static class KubeProxyConfigFile
{
    public static (string Value, int Line)? FindMode(string yaml)
    {
        var lineNumber = 0;
        foreach (var rawLine in yaml.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith("mode:", StringComparison.Ordinal))
            {
                return (ValueAfter(line, "mode:".Length), lineNumber);
            }
        }

        return null;
    }

    /// <summary>The value of <paramref name="field"/> inside the top-level block <paramref name="block"/>, such as
    /// <c>strictARP</c> in <c>ipvs:</c>, with its line number; null when the block or the field is absent.</summary>
    public static (string Value, int Line)? FindNested(string yaml, string block, string field)
    {
        var lineNumber = 0;
        var inBlock = false;
        var indent = -1;
        foreach (var rawLine in yaml.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var depth = line.Length - content.Length;
            if (depth == 0)
            {
                inBlock = line.StartsWith(block + ":", StringComparison.Ordinal) && ValueAfter(line, block.Length + 1).Length == 0;
                indent = -1;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            indent = indent < 0 ? depth : indent;
            if (depth == indent && content.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return (ValueAfter(content, field.Length + 1), lineNumber);
            }
        }

        return null;
    }

    private static string ValueAfter(string line, int start)
    {
        var value = line[start..];
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

        return value.Trim();
    }
}
