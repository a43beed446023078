using CompatRules.Collectors.Files;
using CompatRules.Collectors.Packages;
using CompatRules.Fuzz.Harness;
using CompatRules.Versions;

namespace CompatRules.Fuzz.Targets;

/// <summary>The host package readers: dpkg's status file, RPM header blobs and the package version schemes.</summary>
internal static class PackageTargets
{
    private const string FileName = "/fuzz/status";

    public static IEnumerable<FuzzTarget> All()
    {
        yield return new FuzzTarget("dpkg-status", Corpus.Files("packages/debian-12.dpkg-status"),
            Mutator.Tokens("\n", "\n\n", " ", "\t", ":", ": ", "Package: ", "Status: install ok installed\n", "Version: ", "1:", "-", "~", "+", "#", "\r\n", "\u0000"), DpkgStatusCase);
        yield return new FuzzTarget("rpm-header", Corpus.Files("rpm/header-nftables.bin", "rpm/header-iptables-nft.bin"),
            Mutator.Tokens("\0", "\0\0\0\u0006", "\0\0\0\u0004", "\u00ff\u00ff\u00ff\u00ff", "\0\0\u0003\u00e8", "\u007f\u00ff\u00ff\u00ff"), RpmHeaderCase);
        yield return new FuzzTarget("package-version", Corpus.Lines("versions.txt"),
            Mutator.Tokens(":", "-", "~", "^", "+", ".", "_", "0", "9", "a", "99999999999999999999"), PackageVersionCase);
    }

    private static void DpkgStatusCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<CollectorParseException>(
            () => Expect.That(DpkgStatusParser.Parse(text, FileName, _ => true).All(p => p.Name.Length > 0 && p.Line >= 1), "every package has a name and a line"),
            e => e.File == FileName && e.Line >= 1 && e.Message.StartsWith($"{FileName}:{e.Line}: ", StringComparison.Ordinal));
    }

    private static void RpmHeaderCase(byte[] input)
        => Expect.Only<FormatException>(() => Expect.That(RpmHeaderParser.Read(input).Name.Length > 0, "a header read has a name"), e => e.Message.Length > 0);

    private static void PackageVersionCase(byte[] input)
    {
        var text = Corpus.Text(input);
        foreach (var scheme in (PackageVersionScheme[])[PackageVersionScheme.Dpkg, PackageVersionScheme.Rpm])
        {
            Expect.Only<VersionFormatException>(() =>
            {
                var version = PackageVersion.Parse(scheme, text);
                Expect.That(version.CompareTo(version) == 0 && version.CompareTo(PackageVersion.Parse(scheme, version.Original)) == 0, "a version equals itself and its text read again");
            }, e => e.Problem.Length > 0);
        }
    }
}
