using System.Collections.Immutable;
using System.Text;
using CompatRules.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace CompatRules.Tests.Snapshots.Properties;

/// <summary>
/// Facts whose text fields hold what hostile or unusual input puts there: control characters (NUL, ESC, BEL, CR,
/// LF, DEL), quotes and backslashes, JSON and XML markup, non-BMP characters (whole surrogate pairs), bidi controls,
/// BOMs and plain ASCII, in fact kinds that carry free text (settings, images, os-release, interfaces, provenance).
/// </summary>
public static class HostileTextGenerators
{
    private static readonly string[] Pieces =
    [
        "\0", "\u001b[31m", "\u0007", "\r", "\n", "\r\n", "\t", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff",
        "\"", "'", "\\", "\\u0000", "</", "<![CDATA[", "]]>", "&amp;", "{", "}", "[", "]", ":", ",", "${x}",
        "\U0001F600", "\U00010348", "é", "日本", "x", "calico", "v3.28.1", "=", " ", "#",
    ];

    /// <summary>Text built from the pieces above and random printable characters, 0 to 40 pieces long.</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency(
                (4, Gen.Elements(Pieces)),
                (1, Gen.Choose(0x20, 0x7e).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0x00, 0x1f).Select(c => ((char)c).ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts.Take(40)));

    /// <summary>Text as <see cref="Text"/>, plus what not every format can carry: lone high and low surrogates
    /// (also a low one before a high one), and now and then a very long string (4,000 to 20,000 characters).</summary>
    public static Gen<string> AnyText { get; } =
        Gen.Frequency(
            (12, Text),
            (3, from text in Text
                from at in Gen.Choose(0, 40)
                from lone in Gen.Elements("\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud83d")
                select text.Insert(Math.Min(at, text.Length), lone)),
            (1, from text in Text.Where(t => t.Length > 0)
                from length in Gen.Choose(4_000, 20_000)
                select string.Concat(Enumerable.Repeat(text, (length / text.Length) + 1))[..length]));

    /// <summary>A node's facts: a hostile subject and up to a dozen facts of the text-carrying kinds, all text from
    /// <see cref="Text"/> (what a snapshot round-trips).</summary>
    public static Gen<(string Subject, Fact[] Facts)> Node { get; } = NodeOf(Text);

    /// <summary>Facts of the text-carrying kinds (settings, versionless components with an image, os-release,
    /// interfaces), each with a provenance, their text from <paramref name="text"/>.</summary>
    public static Gen<Fact> FactOf(Gen<string> text)
    {
        var name = text.Where(t => t.Length > 0);
        var provenance =
            from location in name
            from detail in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, text.Select(t => (string?)t)))
            from kind in Gen.Elements(SourceKind.File, SourceKind.User, SourceKind.Inventory)
            select new Provenance(kind, location, detail);
        var setting =
            from component in name
            from key in name
            from value in text
            from source in provenance
            select (Fact)(new ComponentSetting(component, key, value) with { Provenance = source });
        var versionlessComponent =
            from component in name
            from image in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, text.Select(t => (string?)t)))
            from source in provenance
            select (Fact)(new ComponentVersion(component, null, image) with { Provenance = source });
        var os =
            from id in name
            from version in text
            from pretty in text
            from like in name.ArrayOf(3)
            select (Fact)new OsRelease(id, version, pretty, [.. like]);
        var networkInterface =
            from interfaceName in name
            from kind in text
            from parent in text
            from feature in name
            from enabled in Gen.Elements(true, false)
            select (Fact)new NetworkInterface(interfaceName, kind, parent, 1450, ImmutableDictionary<string, bool>.Empty.Add(feature, enabled));
        return Gen.OneOf(setting, versionlessComponent, os, networkInterface);
    }

    private static Gen<(string Subject, Fact[] Facts)> NodeOf(Gen<string> text) =>
        from subject in text.Where(t => t.Length > 0)
        from facts in FactOf(text).ArrayOf()
        select (subject, facts.Take(12).ToArray());

    /// <summary>The arbitrary FsCheck finds through <c>[Properties(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<(string Subject, Fact[] Facts)> Nodes() => Node.ToArbitrary();

    /// <summary>Smaller strings for FsCheck to try when a case fails: empty, either half, and the string without
    /// one of its first 16 characters.</summary>
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        yield return string.Empty;
        if (text.Length > 1)
        {
            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
        }

        for (var i = 0; i < Math.Min(text.Length, 16) && text.Length > 1; i++)
        {
            yield return text.Remove(i, 1);
        }
    }

    /// <summary>Describes a string with its code points, so a failing case is readable.</summary>
    /// <remarks>A lone surrogate shows as itself (U+D800), not as the replacement character; a long string shows its
    /// first 64 code points and its length.</remarks>
    public static string Show(string text)
    {
        var points = new List<string>();
        var i = 0;
        for (; i < text.Length && points.Count < 64; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            points.Add($"U+{(pair ? char.ConvertToUtf32(text[i], text[++i]) : text[i]):X4}");
        }

        return string.Join(" ", points) + (i < text.Length ? $" … ({text.Length} UTF-16 units)" : string.Empty);
    }

    internal static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
}
