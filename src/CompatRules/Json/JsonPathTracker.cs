using System.Text.Json;

namespace CompatRules.Json;

/// <summary>Follows a <see cref="Utf8JsonReader"/> through a document: the JSON path of the token just read, the path
/// the next value would have, the nesting depth, and whether a property name repeats one of its object.</summary>
/// <remarks>Give it every token, in order (<see cref="Observe"/> after each successful <c>Read</c>).</remarks>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];

    /// <summary>The path of the last token: a property's for its name, a value's for the value or the start of an
    /// object or array (an end leaves it unchanged). <c>$</c> before the first.</summary>
    public string Path { get; private set; } = JsonPath.Root;

    /// <summary>How many objects and arrays are open.</summary>
    public int Depth => _frames.Count;

    /// <summary>True when the last token is a property name already seen in its object.</summary>
    public bool IsRepeatedName { get; private set; }

    /// <summary>The property name of the last token when it is one, otherwise null.</summary>
    public string? PropertyName { get; private set; }

    /// <summary>Where the next value goes: the pending property, the next array element, or the open object
    /// itself when it awaits a property name (<c>$</c> at the top).</summary>
    public string NextValuePath => _frames.Count == 0 ? JsonPath.Root : _frames[^1] switch
    {
        { IsArray: true } array => JsonPath.Index(array.Path, array.Count),
        { AwaitsValue: true } property => JsonPath.Property(property.Path, property.PendingProperty!),
        var open => open.Path,
    };

    /// <summary>Takes in the token <paramref name="reader"/> is on.</summary>
    /// <exception cref="InvalidOperationException">A property name escapes half of a surrogate pair.</exception>
    public void Observe(ref Utf8JsonReader reader)
    {
        IsRepeatedName = false;
        PropertyName = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                var frame = _frames[^1];
                var name = reader.GetString()!;
                Path = JsonPath.Property(frame.Path, name);
                IsRepeatedName = !frame.Names.Add(name);
                PropertyName = name;
                frame.PendingProperty = name;
                frame.AwaitsValue = true;
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Path = ValuePath();
                _frames.Add(new Frame(Path, reader.TokenType == JsonTokenType.StartArray));
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _frames.RemoveAt(_frames.Count - 1);
                CompleteValue();
                break;
            default:
                Path = ValuePath();
                CompleteValue();
                break;
        }
    }

    private string ValuePath()
    {
        if (_frames.Count == 0)
        {
            return JsonPath.Root;
        }

        var parent = _frames[^1];
        parent.AwaitsValue = false;
        return parent.IsArray ? JsonPath.Index(parent.Path, parent.Count) : JsonPath.Property(parent.Path, parent.PendingProperty ?? string.Empty);
    }

    private void CompleteValue()
    {
        if (_frames.Count > 0 && _frames[^1].IsArray)
        {
            _frames[^1].Count++;
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? PendingProperty { get; set; }

        public bool AwaitsValue { get; set; }

        private HashSet<string>? _names;

        /// <summary>The property names seen in this object so far (arrays never ask).</summary>
        public HashSet<string> Names => _names ??= new(StringComparer.Ordinal);
    }
}
