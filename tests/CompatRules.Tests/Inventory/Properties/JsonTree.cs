using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>A JSON value as a mutable tree that, unlike <c>System.Text.Json.Nodes</c>, can hold what hostile
/// documents hold: a property name twice in one object, and strings with lone surrogates (written as <c>\uD800</c>
/// escapes, the way a broken producer writes them). Written indented, one value per line, so that line numbers in
/// the reader's messages mean something.</summary>
public abstract class JsonTree
{
    /// <summary>A deep copy.</summary>
    public abstract JsonTree Clone();

    /// <summary>Appends the value's JSON, nested <paramref name="indent"/> levels deep.</summary>
    public abstract void Write(StringBuilder text, int indent);

    /// <summary>The document's JSON text, ending with a newline.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        Write(text, 0);
        return text.Append('\n').ToString();
    }

    /// <summary>The tree of a parsed value.</summary>
    public static JsonTree From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectValue([.. element.EnumerateObject().Select(p => new KeyValuePair<string, JsonTree>(p.Name, From(p.Value)))]),
        JsonValueKind.Array => new ArrayValue([.. element.EnumerateArray().Select(From)]),
        JsonValueKind.String => new StringValue(element.GetString()!),
        _ => new Literal(element.GetRawText()),
    };

    /// <summary>A string as JSON: quotes, backslashes, control characters and lone surrogates escaped as
    /// <c>\uXXXX</c> (so that a lone surrogate reaches the reader as the escape <c>"\uD800"</c>); everything else,
    /// whole surrogate pairs included, as UTF-8.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ when paired => text.Append(c).Append(value[++i]),
                _ when c < ' ' || char.IsSurrogate(c) => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static void NewLine(StringBuilder text, int indent) => text.Append('\n').Append(' ', indent * 2);

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, kept as its JSON text.</summary>
    public sealed class Literal(string json) : JsonTree
    {
        public string Json { get; } = json;

        public override JsonTree Clone() => new Literal(Json);


        public override void Write(StringBuilder text, int indent) => text.Append(Json);
    }

    /// <summary>A string.</summary>
    public sealed class StringValue(string value) : JsonTree
    {
        public string Value { get; } = value;

        public override JsonTree Clone() => new StringValue(Value);


        public override void Write(StringBuilder text, int indent) => text.Append(Quote(Value));
    }

    /// <summary>An array as its items in order.</summary>
    public sealed class ArrayValue(List<JsonTree> items) : JsonTree
    {
        public List<JsonTree> Items { get; } = items;

        public override JsonTree Clone() => new ArrayValue([.. Items.Select(i => i.Clone())]);


        public override void Write(StringBuilder text, int indent)
        {
            text.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                NewLine(text.Append(i == 0 ? string.Empty : ","), indent + 1);
                Items[i].Write(text, indent + 1);
            }

            if (Items.Count > 0)
            {
                NewLine(text, indent);
            }

            text.Append(']');
        }
    }

    /// <summary>An object as its properties in order; a name may appear more than once.</summary>
    public sealed class ObjectValue(List<KeyValuePair<string, JsonTree>> properties) : JsonTree
    {
        public List<KeyValuePair<string, JsonTree>> Properties { get; } = properties;

        public override JsonTree Clone() => new ObjectValue([.. Properties.Select(p => new KeyValuePair<string, JsonTree>(p.Key, p.Value.Clone()))]);


        public override void Write(StringBuilder text, int indent)
        {
            text.Append('{');
            for (var i = 0; i < Properties.Count; i++)
            {
                NewLine(text.Append(i == 0 ? string.Empty : ","), indent + 1);
                text.Append(Quote(Properties[i].Key)).Append(": ");
                Properties[i].Value.Write(text, indent + 1);
            }

            if (Properties.Count > 0)
            {
                NewLine(text, indent);
            }

            text.Append('}');
        }
    }
}
