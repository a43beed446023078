namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>Reads the YAML subset Kubernetes manifests in this repository use: documents separated by <c>---</c>,
/// block mappings and sequences by indentation, <c>|</c> block scalars, flow sequences of scalars (<c>["a", "b"]</c>),
/// quoted and plain scalars, and <c>#</c> comments. A mapping is a <see cref="Dictionary{TKey,TValue}"/>, a sequence
/// a <see cref="List{T}"/> and a scalar a string. Anything else (anchors, flow mappings, multi-line plain scalars)
/// throws <see cref="FormatException"/> rather than being misread.</summary>
public sealed class YamlLite
{
    private readonly List<(int Indent, string Text, int Number)> _lines;
    private readonly string[] _raw;
    private int _position;

    private YamlLite(string[] raw, List<(int Indent, string Text, int Number)> lines)
    {
        _raw = raw;
        _lines = lines;
    }

    public static IReadOnlyList<object?> ParseDocuments(string text)
    {
        var documents = new List<object?>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i].TrimEnd() == "---")
            {
                var parser = new YamlLite(raw, Significant(raw, start, i));
                if (parser._lines.Count > 0)
                {
                    documents.Add(parser.ParseNode(parser._lines[0].Indent));
                    if (parser._position < parser._lines.Count)
                    {
                        throw Error(parser._lines[parser._position].Number, "unexpected indentation");
                    }
                }

                start = i + 1;
            }
        }

        return documents;
    }

    private static List<(int Indent, string Text, int Number)> Significant(string[] raw, int start, int end)
    {
        var lines = new List<(int, string, int)>();
        for (var i = start; i < end; i++)
        {
            var trimmed = raw[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add((raw[i].Length - raw[i].TrimStart(' ').Length, raw[i].Trim(), i));
            }
        }

        return lines;
    }

    private object? ParseNode(int indent)
        => _lines[_position].Text == "-" || _lines[_position].Text.StartsWith("- ", StringComparison.Ordinal) ? ParseSequence(indent) : ParseMapping(indent);

    private Dictionary<string, object?> ParseMapping(int indent)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (_position < _lines.Count && _lines[_position].Indent == indent && !IsSequenceItem(_lines[_position].Text))
        {
            var (_, text, number) = _lines[_position];
            var colon = KeySeparator(text) ?? throw Error(number, $"expected 'key: value', found '{text}'");
            var key = Unquote(text[..colon].Trim(), number);
            var value = StripComment(text[(colon + 1)..].Trim());
            _position++;
            if (!map.TryAdd(key, ParseValue(value, indent, number)))
            {
                throw Error(number, $"duplicate key '{key}'");
            }
        }

        return map;
    }

    private List<object?> ParseSequence(int indent)
    {
        var list = new List<object?>();
        while (_position < _lines.Count && _lines[_position].Indent == indent && IsSequenceItem(_lines[_position].Text))
        {
            var (_, text, number) = _lines[_position];
            var item = text.Length == 1 ? string.Empty : text[2..].Trim();
            if (item.Length == 0)
            {
                _position++;
                list.Add(_position < _lines.Count && _lines[_position].Indent > indent ? ParseNode(_lines[_position].Indent) : null);
            }
            else if (KeySeparator(item) is not null && !item.StartsWith('"') && !item.StartsWith('['))
            {
                // "- key: value" starts a mapping whose keys are indented like "key".
                var itemIndent = indent + (text.Length - item.Length);
                _lines[_position] = (itemIndent, item, number);
                list.Add(ParseMapping(itemIndent));
            }
            else
            {
                _position++;
                list.Add(ParseValue(StripComment(item), indent, number));
            }
        }

        return list;
    }

    private object? ParseValue(string value, int indent, int number)
    {
        if (value is "|" or "|-")
        {
            return BlockScalar(number, keepFinalNewline: value == "|");
        }

        if (value.Length > 0)
        {
            return Scalar(value, number);
        }

        if (_position >= _lines.Count)
        {
            return null;
        }

        var next = _lines[_position];
        if (next.Indent > indent)
        {
            return ParseNode(next.Indent);
        }

        return next.Indent == indent && IsSequenceItem(next.Text) ? ParseSequence(indent) : null;
    }

    private string BlockScalar(int headerLine, bool keepFinalNewline)
    {
        var parentIndent = _raw[headerLine].Length - _raw[headerLine].TrimStart(' ').Length;
        var body = new List<string>();
        var line = headerLine + 1;
        int? blockIndent = null;
        for (; line < _raw.Length; line++)
        {
            var raw = _raw[line];
            if (raw.Trim().Length == 0)
            {
                body.Add(string.Empty);
                continue;
            }

            var lineIndent = raw.Length - raw.TrimStart(' ').Length;
            if (lineIndent <= parentIndent)
            {
                break;
            }

            blockIndent ??= lineIndent;
            body.Add(raw[Math.Min(blockIndent.Value, lineIndent)..]);
        }

        while (_position < _lines.Count && _lines[_position].Number < line)
        {
            _position++;
        }

        var text = string.Join('\n', body).TrimEnd('\n');
        return keepFinalNewline ? text + "\n" : text;
    }

    private static object Scalar(string value, int number)
    {
        if (value.StartsWith('['))
        {
            if (!value.EndsWith(']'))
            {
                throw Error(number, "flow sequences must close on their line");
            }

            var inner = value[1..^1].Trim();
            return inner.Length == 0 ? new List<object?>() : inner.Split(',').Select(v => (object?)Unquote(v.Trim(), number)).ToList();
        }

        if (value.StartsWith('{') || value.StartsWith('&') || value.StartsWith('*'))
        {
            throw Error(number, $"unsupported YAML '{value}'");
        }

        return Unquote(value, number);
    }

    private static string Unquote(string value, int number)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return value.StartsWith('"') || value.StartsWith('\'') ? throw Error(number, $"unterminated quote in '{value}'") : value;
    }

    private static bool IsSequenceItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

    private static int? KeySeparator(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] == ':' && (i == text.Length - 1 || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return null;
    }

    private static string StripComment(string value)
    {
        if (value.StartsWith('"') || value.StartsWith('\''))
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? value : value[..hash].TrimEnd();
    }

    private static FormatException Error(int zeroBasedLine, string message) => new($"line {zeroBasedLine + 1}: {message}");
}
