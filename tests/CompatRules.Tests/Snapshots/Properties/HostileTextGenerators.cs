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

    private static Gen<string> Name { get; } = Text.Where(t => t.Length > 0);

    private static Gen<Provenance> Provenance { get; } =
        from location in Name
        from detail in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)))
        from kind in Gen.Elements(SourceKind.File, SourceKind.User, SourceKind.Inventory)
        select new Provenance(kind, location, detail);

    private static Gen<Fact> Setting { get; } =
        from component in Name
        from name in Name
        from value in Text
        from provenance in Provenance
        select (Fact)(new ComponentSetting(component, name, value) with { Provenance = provenance });

    private static Gen<Fact> VersionlessComponent { get; } =
        from component in Name
        from image in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(t => (string?)t)))
        from provenance in Provenance
        select (Fact)(new ComponentVersion(component, null, image) with { Provenance = provenance });

    private static Gen<Fact> Os { get; } =
        from id in Name
        from version in Text
        from pretty in Text
        from like in Name.ArrayOf(3)
        select (Fact)new OsRelease(id, version, pretty, [.. like]);

    private static Gen<Fact> Interface { get; } =
        from name in Name
        from kind in Text
        from parent in Text
        from feature in Name
        from enabled in Gen.Elements(true, false)
        select (Fact)new NetworkInterface(name, kind, parent, 1450, ImmutableDictionary<string, bool>.Empty.Add(feature, enabled));

    /// <summary>A node's facts: a hostile subject and up to a dozen facts of the text-carrying kinds.</summary>
    public static Gen<(string Subject, Fact[] Facts)> Node { get; } =
        from subject in Name
        from facts in Gen.OneOf(Setting, VersionlessComponent, Os, Interface).ArrayOf()
        select (subject, facts.Take(12).ToArray());

    /// <summary>The arbitrary FsCheck finds through <c>[Properties(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<(string Subject, Fact[] Facts)> Nodes() => Node.ToArbitrary();

    /// <summary>Describes a string with its code points, so a failing case is readable.</summary>
    public static string Show(string text) => string.Join(" ", text.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));

    internal static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
}
