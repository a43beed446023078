using System.Globalization;
using System.Text;

namespace CompatRules.Json;

/// <summary>Builds, shortens and splits the JSON paths of the readers' warnings and errors, in the form
/// System.Text.Json reports them: <c>$.items[3].data['config.conf']</c>, <c>$.facts[3].options['odd.name']</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>The path of the property <paramref name="name"/> of the object at <paramref name="parent"/>: a dot
    /// for a plain name, otherwise brackets with <c>\</c> and <c>'</c> escaped.</summary>
    public static string Property(string parent, string name)
        => IsPlain(name)
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The enclosing path (<c>$.facts[3]</c> for <c>$.facts[3].release</c>), or null for <c>$</c>.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var open = path.LastIndexOf("['", StringComparison.Ordinal);
            return open > 0 ? path[..open] : Root;
        }

        var cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : Root;
    }

    /// <summary>The path relative to an object, for provenance: <c>$.items[3].spec.nodeName</c> → <c>spec.nodeName</c>.</summary>
    public static string Relative(string itemPath, string fullPath)
        => fullPath.StartsWith(itemPath, StringComparison.Ordinal) ? fullPath[itemPath.Length..].TrimStart('.') : fullPath;

    /// <summary>Joins a path with one relative to it, as the serializer reports it (<c>$.release</c>).</summary>
    public static string Combine(string basePath, string? relativePath)
        => string.IsNullOrEmpty(relativePath) || relativePath == Root ? basePath : basePath + relativePath[1..];

    /// <summary>The steps of <paramref name="path"/>, names unescaped; it stops at the first step it cannot read.</summary>
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

                segments.Add(new JsonPathSegment(string.Empty, int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture)));
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
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$');
}
