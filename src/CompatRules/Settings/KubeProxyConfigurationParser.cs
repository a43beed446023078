using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CompatRules.Settings;

/// <summary>Reads the fields the rules need from a kube-proxy <c>--config</c> file (a <c>KubeProxyConfiguration</c>
/// in YAML or JSON): <c>mode</c>, <c>ipvs.strictARP</c> and <c>nftables.skipKernelVersionCheck</c>.</summary>
/// <remarks>Walks YamlDotNet's event stream (no object graph, no recursion, so a deeply nested or aliased file costs
/// no more than its length); nesting past <see cref="MaxDepth"/> levels, a repeated key the rules read, a YAML
/// syntax error or a <c>kind</c> other than <c>KubeProxyConfiguration</c> is a <see cref="SettingsFileFormatException"/>
/// naming the file and line. Only the first document is read (kube-proxy reads one).</remarks>
internal static class KubeProxyConfigurationParser
{
    /// <summary>The key paths read.</summary>
    public static readonly IReadOnlyList<string> Fields = ["mode", "ipvs.strictARP", "nftables.skipKernelVersionCheck"];

    private const int MaxDepth = 64;
    private const string Kind = "KubeProxyConfiguration";

    /// <summary>The fields of <see cref="Fields"/> that <paramref name="text"/> sets, in file order.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file's name for errors (a host path or <c>ConfigMap/ns/name data['config.conf']</c>).</param>
    /// <exception cref="SettingsFileFormatException">The text is not a KubeProxyConfiguration.</exception>
    public static IReadOnlyList<ConfigValue> Parse(string text, string file)
    {
        RejectNonPrintable(text, file);
        var values = new List<ConfigValue>();
        var frames = new Stack<Frame>();
        string? kind = null;
        long kindLine = 0;
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var line = current.Start.Line;
                switch (current)
                {
                    case DocumentEnd:
                        return Finish(values, kind, kindLine, file);
                    case NodeEvent when frames.Count == 0 && current is not MappingStart:
                        throw new SettingsFileFormatException(file, line, $"not a {Kind}: the document is {Describe(current)}, expected a mapping");
                    case MappingStart or SequenceStart:
                        if (frames.Count >= MaxDepth)
                        {
                            throw new SettingsFileFormatException(file, line, $"nested more than {MaxDepth} levels deep");
                        }

                        frames.Push(new Frame(current is MappingStart, ChildPath(frames)));
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.Pop();
                        Advance(frames);
                        break;
                    case Scalar scalar when frames.TryPeek(out var top) && top.IsMapping && top.Key is null:
                        top.Key = scalar.Value;
                        break;
                    case Scalar scalar:
                        var path = ChildPath(frames);
                        if (path == "kind" && kind is null)
                        {
                            (kind, kindLine) = (scalar.Value, line);
                        }
                        else if (Fields.Contains(path, StringComparer.Ordinal))
                        {
                            if (values.Find(v => v.Path == path) is { } earlier)
                            {
                                throw new SettingsFileFormatException(file, line, $"{path} is set twice (first on line {earlier.Line})");
                            }

                            values.Add(new ConfigValue(path, scalar.Value, line));
                        }

                        Advance(frames);
                        break;
                    case AnchorAlias:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw new SettingsFileFormatException(file, Math.Max(1, e.Start.Line), "not a KubeProxyConfiguration: " + OneLine(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner has thrown these on malformed input it should have reported as a YamlException.
            throw new SettingsFileFormatException(file, Math.Max(1, parser.Current?.Start.Line ?? 1), "not a KubeProxyConfiguration: the YAML reader failed: " + OneLine(e.Message));
        }

        return Finish(values, kind, kindLine, file);
    }

    /// <summary>YAML 1.2 allows only printable characters (§5.1): tab, line breaks, U+0020-U+007E, U+0085,
    /// U+00A0-U+D7FF, U+E000-U+FFFD and pairs of surrogates. Anything else is an error on its line, before the reader runs.</summary>
    private static void RejectNonPrintable(string text, string file)
    {
        long line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            var printable = c is '\t' or '\r' or '\u0085' or (>= ' ' and <= '~') or (>= '\u00a0' and <= '\ud7ff') or (>= '\ue000' and <= '\ufffd')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && i++ >= 0);
            if (!printable)
            {
                throw new SettingsFileFormatException(file, line, $"not a KubeProxyConfiguration: character U+{(int)c:X4} is not allowed in YAML");
            }
        }
    }

    private static IReadOnlyList<ConfigValue> Finish(List<ConfigValue> values, string? kind, long kindLine, string file)
        => kind is null || kind == Kind
            ? values
            : throw new SettingsFileFormatException(file, kindLine, $"kind is '{kind}', expected {Kind}");

    /// <summary>The path of the node that comes next in the innermost collection: <c>ipvs.strictARP</c> for a value
    /// under a key, <c>ipvs[]</c> for a sequence item, <c>?</c> for a key that is not a scalar.</summary>
    private static string ChildPath(Stack<Frame> frames)
    {
        if (!frames.TryPeek(out var top))
        {
            return string.Empty;
        }

        var name = top.IsMapping ? top.Key ?? "?" : "[]";
        return top.Path.Length == 0 ? name : top.IsMapping ? $"{top.Path}.{name}" : top.Path + name;
    }

    /// <summary>After a complete node: a mapping now expects its next key (a node that was itself a key gives a key
    /// that no field has).</summary>
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var top) && top.IsMapping)
        {
            top.Key = top.Key is null ? "?" : null;
        }
    }

    private static string Describe(ParsingEvent node) => node switch
    {
        SequenceStart => "a sequence",
        Scalar scalar => $"the scalar '{(scalar.Value.Length > 40 ? scalar.Value[..40] + "…" : scalar.Value)}'",
        _ => "an alias",
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private sealed class Frame(bool isMapping, string path)
    {
        public bool IsMapping { get; } = isMapping;

        public string Path { get; } = path;

        /// <summary>The key whose value comes next, or null when a key comes next.</summary>
        public string? Key { get; set; }
    }
}
