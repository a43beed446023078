using CompatRules.Versions;
using FsCheck;
using FsCheck.Fluent;

namespace CompatRules.Tests.Versions.Properties;

/// <summary>
/// Generators of versions as operators meet them: few small numbers (so equal and neighbouring versions are common),
/// pre-release words in any case, Calico dev tags, Submariner milestones, image-tag variants, <c>+</c> metadata,
/// two to four numbers, <c>v</c> prefixes and leading zeros.
/// </summary>
public static class VersionGenerators
{
    private static readonly string[] Words = ["alpha", "beta", "rc", "pre", "preview", "dev", "snapshot", "nightly", "milestone"];

    /// <summary>Software versions with the parse result they must have.</summary>
    public static Gen<VersionText> Version { get; } =
        from numbers in Numbers()
        from suffix in Suffix(numbers)
        select suffix;

    /// <summary>Kernel releases with their upstream numbers and build.</summary>
    public static Gen<KernelText> Kernel { get; } =
        from major in Gen.Frequency((4, Gen.Choose(3, 6)), (1, Gen.Choose(0, 99)))
        from minor in Gen.Frequency((4, Gen.Choose(0, 3)), (2, Gen.Choose(0, 20)), (1, Gen.Choose(0, 999)))
        from patch in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Choose(0, 5)), (1, Gen.Choose(0, 200000)))
        from writePatch in patch == 0 ? Gen.Elements(true, false) : Gen.Constant(true)
        from build in Gen.Frequency((1, Gen.Constant<string?>(null)), (4, KernelBuild().Select(b => (string?)b)))
        from separator in Gen.Frequency((6, Gen.Constant('-')), (1, Gen.Elements('+', '_', '~')))
        select new KernelText(
            $"{major}.{minor}{(writePatch ? "." + patch : string.Empty)}{(build is null ? string.Empty : separator + build)}",
            major,
            minor,
            patch,
            build);

    /// <summary>A window with bounds in order (unbounded on either side now and then) and probes near both bounds.</summary>
    public static Gen<WindowCase> Window { get; } =
        from a in Version
        from b in Gen.Frequency((2, Version), (1, Near(a)))
        from includeLow in Gen.Elements(true, false)
        from includeHigh in Gen.Elements(true, false)
        from unbounded in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        let ordered = SoftwareVersion.Parse(a.Text) <= SoftwareVersion.Parse(b.Text) ? (Low: a, High: b) : (Low: b, High: a)
        let equal = SoftwareVersion.Parse(a.Text) == SoftwareVersion.Parse(b.Text)
        from probes in Gen.OneOf(Version, Near(ordered.Low), Near(ordered.High), Gen.Elements(a, b)).ArrayOf(12)
        select new WindowCase(
            unbounded == 1 ? null : ordered.Low,
            unbounded != 1 && (includeLow || equal),
            unbounded == 2 ? null : ordered.High,
            unbounded != 2 && (includeHigh || equal),
            probes);

    /// <summary>Three versions for the order properties: the second and third are often near or equal to the others.</summary>
    public static Gen<VersionTriple> Triple { get; } =
        from first in Version
        from second in Gen.OneOf(Version, Near(first), Respell(first))
        from third in Gen.OneOf(Version, Near(first), Near(second), Respell(first), Respell(second))
        select new VersionTriple(first, second, third);

    /// <summary>A version and the same version spelled another way.</summary>
    public static Gen<Respelling> Respelling { get; } =
        from version in Version
        from respelled in Respell(version)
        select new Respelling(version, respelled);

    /// <summary>
    /// The same version spelled another way: another <c>v</c>, leading zeros, a trailing <c>.0</c> dropped, the label in
    /// another case, the build's digit runs with leading zeros.
    /// </summary>
    public static Gen<VersionText> Respell(VersionText version)
        => from prefix in Gen.Elements(string.Empty, "v", "V")
           from drop in Gen.Elements(true, false)
           let numbers = drop && version.Numbers.Length > 2 && version.Numbers[^1] == 0 ? version.Numbers[..^1] : version.Numbers
           from written in Gen.CollectToArray(numbers, Spell)
           from label in version.PreRelease is null || IsShortLabel(version.PreRelease)
               ? Gen.Constant(version.PreRelease)
               : Gen.Elements<string?>(version.PreRelease.ToUpperInvariant(), version.PreRelease.ToLowerInvariant())
           from padded in Gen.Elements(true, false)
           let build = version.Build is null || !padded ? version.Build : System.Text.RegularExpressions.Regex.Replace(version.Build, "[0-9]+", "0$0")
           let suffix = (label is null ? string.Empty : "-" + label) + (build is null ? string.Empty : (version.VariantBuild ? "-" : "+") + build)
           select new VersionText(prefix + string.Join('.', written) + suffix, numbers, label, build, version.VariantBuild);

    /// <summary>A version with the same numbers as <paramref name="version"/> and any suffix, spelled any way.</summary>
    public static Gen<VersionText> Near(VersionText version) => Suffix(version.Numbers);

    private static Gen<int[]> Numbers()
        => from count in Gen.Frequency((2, Gen.Constant(2)), (6, Gen.Constant(3)), (2, Gen.Constant(4)))
           from numbers in Gen.Frequency((8, Gen.Choose(0, 3)), (3, Gen.Choose(0, 30)), (1, Gen.Choose(0, 999_999_999))).ArrayOf(count)
           select numbers;

    private static Gen<VersionText> Suffix(int[] numbers)
        => from prefix in Gen.Frequency((3, Gen.Constant(string.Empty)), (2, Gen.Constant("v")), (1, Gen.Constant("V")))
           from written in Gen.CollectToArray(numbers, Spell)
           from shape in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)))
           from preRelease in PreRelease()
           from variant in Variant()
           from metadata in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Metadata().Select(m => (string?)m)))
           let label = shape == 1 ? preRelease.Expected : null
           let hyphen = shape == 1 ? preRelease.Written : shape == 2 ? variant : null
           let build = shape == 2 ? (metadata is null ? variant : variant + "+" + metadata) : metadata
           let text = prefix + string.Join('.', written) + (hyphen is null ? string.Empty : "-" + hyphen)
           select new VersionText(
               text + (metadata is null ? string.Empty : "+" + metadata),
               numbers,
               label,
               build,
               shape == 2);

    // 7 as "7" mostly, "07" now and then: leading zeros do not change a number.
    private static Gen<string> Spell(int number)
        => number.ToString(System.Globalization.CultureInfo.InvariantCulture) is var text && text.Length < 9
            ? Gen.Frequency((6, Gen.Constant(text)), (1, Gen.Constant("0" + text)))
            : Gen.Constant(text);

    // The label as written, and as PreRelease gives it: a numeric identifier loses its leading zeros (rc.01 is rc.1).
    private static Gen<(string Written, string Expected)> PreRelease()
        => Gen.Frequency(
            (6, from word in Gen.Elements(Words)
                from spelled in Casing(word)
                from separator in Gen.Elements(".", string.Empty)
                from number in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Small().Select(n => (int?)n)))
                from zero in Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Constant("0")))
                from more in Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Small().Select(n => "." + n)), (1, Gen.Elements(".x", ".Y2", ".a-b")))
                let written = spelled + (number is null ? string.Empty : separator + zero + number) + more
                let expected = spelled + (number is null ? string.Empty : separator + (separator.Length == 0 ? zero : string.Empty) + number) + more
                select (written, expected)),
            (2, from letter in Gen.Elements("a", "b", "m")
                from number in Small()
                select (letter + number, letter + number)),
            (1, from number in Small()
                from commits in Gen.Choose(1, 999)
                from hash in Hex()
                select ($"{number}.dev-{commits}-g{hash}", $"{number}.dev-{commits}-g{hash}")));

    private static Gen<string> Variant()
        => Gen.OneOf(
            SmallSpelled().Select(n => "eksbuild." + n),
            Gen.Choose(0, 2_000_000).Select(n => "gke." + n),
            SmallSpelled().Select(n => $"iptables1.8.{n}-0"),
            Gen.Elements("ppc64le", "arm64", "M1", "k3s1", "m", "mx1"),
            Hex().Select(h => "eks-" + h));

    private static Gen<string> Metadata()
        => Gen.OneOf(
            SmallSpelled().Select(n => "rke2r" + n),
            SmallSpelled().Select(n => "k0s." + n),
            SmallSpelled().Select(n => "k3s" + n),
            Hex());

    private static Gen<string> KernelBuild()
        => Gen.OneOf(
            Gen.Choose(1, 1200).Select(n => n + "-generic"),
            Gen.Choose(1, 1200).Select(n => n + "-aws"),
            Gen.Choose(1, 600).SelectMany(n => Gen.Choose(0, 10).Select(k => $"{n}.{k}.1.el9_{k}.x86_64")),
            Gen.Choose(1, 99).Select(n => $"150500.55.{n}-default"),
            Gen.Choose(1, 999).Select(n => "fc-v" + n),
            Gen.Elements("flatcar", "rc3", "1-amd64"));

    private static Gen<int> Small() => Gen.Frequency((4, Gen.Choose(0, 3)), (2, Gen.Choose(0, 12)), (1, Gen.Choose(0, 5000)));

    // a1, b2, m3 are pre-releases only in lower case (B2 is a build), so their case is not changed.
    private static bool IsShortLabel(string label) => label[0] is 'a' or 'b' or 'm' && char.IsAsciiDigit(label[1]);

    // Builds compare digit runs as numbers, so k0s.02 equals k0s.2: spell some with a leading zero.
    private static Gen<string> SmallSpelled() => Small().SelectMany(Spell);

    private static Gen<string> Hex() => Gen.Elements("0123456789abcdef".ToCharArray()).ArrayOf(7).Select(c => new string(c));

    private static Gen<string> Casing(string word)
        => Gen.Elements(word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..]);
}

/// <summary>The arbitraries the property tests use: <see cref="VersionGenerators"/> for each generated type.</summary>
public static class VersionArbitraries
{
    /// <summary>Software versions with their expected parse.</summary>
    public static Arbitrary<VersionText> Versions() => Arb.From(VersionGenerators.Version);

    /// <summary>Three versions, often near or equal to each other.</summary>
    public static Arbitrary<VersionTriple> Triples() => Arb.From(VersionGenerators.Triple);

    /// <summary>A version and the same version spelled another way.</summary>
    public static Arbitrary<Respelling> Respellings() => Arb.From(VersionGenerators.Respelling);

    /// <summary>Kernel releases with their expected parse.</summary>
    public static Arbitrary<KernelText> Kernels() => Arb.From(VersionGenerators.Kernel);

    /// <summary>Windows with probes near their bounds.</summary>
    public static Arbitrary<WindowCase> Windows() => Arb.From(VersionGenerators.Window);
}
