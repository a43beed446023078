using CompatRules.Fuzz.Harness;
using CompatRules.Versions;

namespace CompatRules.Fuzz.Targets;

/// <summary>SoftwareVersion, VersionRange and KernelVersion: Parse throws only VersionFormatException naming the
/// input, TryParse never throws and agrees with Parse, and what parses compares equal to itself.</summary>
internal static class VersionTargets
{
    private static readonly IReadOnlyList<byte[]> Tokens = Mutator.Tokens(
        "v", ".", "-", "+", "0", "00", "1.31.4", "+rke2r1", "-rc.1", "4294967296", "2147483648", "99999999999999999999", "[", "]", "(", ")",
        ",", " ∪ ", "∪", "|", "||", "*", ".x", "5.15.0-91-generic", ".el9_5", "~", "_", "\u0000", "\uFFFD", "é", " ");

    public static IEnumerable<FuzzTarget> All()
    {
        var corpus = Corpus.Lines("versions.txt");
        yield return new FuzzTarget("software-version", corpus, Tokens, SoftwareVersionCase, 512);
        yield return new FuzzTarget("version-range", corpus, Tokens, VersionRangeCase, 1024);
        yield return new FuzzTarget("kernel-version", corpus, Tokens, KernelVersionCase, 512);
    }

    private static bool Located(VersionFormatException e) => e.Input is not null && e.Problem.Length > 0;

    private static void SoftwareVersionCase(byte[] input)
    {
        var text = Corpus.Text(input);
        SoftwareVersion? tried = null;
        Expect.NoThrow(() => SoftwareVersion.TryParse(text, out tried));
        SoftwareVersion? parsed = null;
        Expect.Only<VersionFormatException>(() => parsed = SoftwareVersion.Parse(text), Located);
        Expect.That((tried is null) == (parsed is null), "SoftwareVersion.TryParse succeeds exactly when Parse does");
        if (parsed is not null)
        {
            Expect.NoThrow(() =>
            {
                Expect.That(parsed.CompareTo(SoftwareVersion.Parse(parsed.Original)) == 0, "a version equals the parse of its own text");
                Expect.That(parsed.Equals(tried) && parsed.GetHashCode() == tried!.GetHashCode(), "equal versions hash alike");
                _ = parsed.WithoutBuild.ToString() + parsed.Line;
            });
        }
    }

    private static void VersionRangeCase(byte[] input)
    {
        var text = Corpus.Text(input);
        VersionRange? tried = null;
        Expect.NoThrow(() => VersionRange.TryParse(text, out tried));
        VersionRange? parsed = null;
        Expect.Only<VersionFormatException>(() => parsed = VersionRange.Parse(text), Located);
        Expect.That((tried is null) == (parsed is null), "VersionRange.TryParse succeeds exactly when Parse does");
        if (parsed is not null)
        {
            Expect.NoThrow(() =>
            {
                Expect.That(parsed.Equals(tried), "two parses of one text are equal");
                foreach (var interval in parsed.Intervals)
                {
                    foreach (var bound in new[] { interval.Minimum, interval.Maximum })
                    {
                        if (bound is not null)
                        {
                            _ = parsed.Contains(bound);
                        }
                    }
                }

                _ = parsed.ToString();
            });
        }
    }

    private static void KernelVersionCase(byte[] input)
    {
        var text = Corpus.Text(input);
        KernelVersion? tried = null;
        Expect.NoThrow(() => KernelVersion.TryParse(text, out tried));
        KernelVersion? parsed = null;
        Expect.Only<VersionFormatException>(() => parsed = KernelVersion.Parse(text), Located);
        Expect.That((tried is null) == (parsed is null), "KernelVersion.TryParse succeeds exactly when Parse does");
        if (parsed is not null)
        {
            Expect.NoThrow(() =>
            {
                Expect.That(parsed.CompareTo(KernelVersion.Parse(parsed.Release)) == 0, "a kernel version equals the parse of its own release");
                Expect.That(parsed.Equals(tried) && parsed.GetHashCode() == tried!.GetHashCode(), "equal kernel versions hash alike");
                Expect.That(parsed.Upstream <= parsed || parsed.Upstream >= parsed, "the upstream version is comparable");
            });
        }
    }
}
