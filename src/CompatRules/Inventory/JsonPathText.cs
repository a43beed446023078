using System.Text;

namespace CompatRules.Inventory;

/// <summary>Writes and splits the JSON paths used in warnings and errors: <c>$.items[3].data['config.conf']</c>.</summary>
internal static class JsonPathText
{
    public const string Root = "$";

    public static string Item(int index) => $"$.items[{index}]";

    public static string Property(string parent, string name)
        => IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The path relative to an object, for provenance: <c>$.items[3].spec.nodeName</c> → <c>spec.nodeName</c>.</summary>
    public static string Relative(string itemPath, string fullPath)
        => fullPath.StartsWith(itemPath, StringComparison.Ordinal) ? fullPath[itemPath.Length..].TrimStart('.') : fullPath;

    public static IReadOnlyList<JsonPathSegment> Split(string path)
    {
        var segments = new List<JsonPathSegment>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                segments.Add(new JsonPathSegment(path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var name = new StringBuilder();
                var j = i + 2;
                for (; j < path.Length && path[j] != '\''; j++)
                {
                    if (path[j] == '\\' && j + 1 < path.Length)
                    {
                        j++;
                    }

                    name.Append(path[j]);
                }

                segments.Add(new JsonPathSegment(name.ToString(), null));
                i = j + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }

                segments.Add(new JsonPathSegment(string.Empty, int.Parse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture)));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }
}
