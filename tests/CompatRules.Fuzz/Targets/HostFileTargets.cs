using CompatRules.Collectors;
using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Files;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Kernel;
using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz.Targets;

/// <summary>The node file parsers: os-release, /proc/modules, modules.builtin, kernel config (plain and, through the
/// capped gunzipping reader, gzip) and the capability lines of /proc/self/status.</summary>
internal static class HostFileTargets
{
    private const string FileName = "/fuzz/input";

    private static readonly IReadOnlyList<byte[]> LineTokens = Mutator.Tokens(
        "\n", "\r\n", "\r", " ", "\t", "=", "\"", "'", "\\", "\\\"", "$", "`", "#", "# ", "\u00a0", "\u2028", "\uFEFF");

    public static IEnumerable<FuzzTarget> All()
    {
        yield return new FuzzTarget("os-release", Corpus.Files("os-release"), Tokens("ID=", "VERSION_ID=", "PRETTY_NAME=\"", "ID_LIKE=\"rhel fedora\""), OsReleaseCase);
        yield return new FuzzTarget("proc-modules", Corpus.Files("proc/modules"), Tokens(" Live 0x0000000000000000", " - ", " 0 ", "[permanent]", ",", "18446744073709551616", "(OE)"), ProcModulesCase);
        yield return new FuzzTarget("modules-builtin", Corpus.Files("modules.builtin"), Tokens("/", ".ko", "kernel/", "-"), ModulesBuiltinCase);
        var configs = Corpus.Files("/config", "boot/config-5.15.0-91-generic", "boot/config-3.10.0-1160.el7.x86_64");
        var configTokens = Tokens("CONFIG_", "# CONFIG_", " is not set", "=y", "=m", "=\"", "\\\\");
        yield return new FuzzTarget("kernel-config", configs, configTokens, KernelConfigCase);
        yield return new FuzzTarget("kernel-config-gzip", configs.Select(c => Corpus.Gzip(c[..Math.Min(c.Length, 64 * 1024)])).Concat(configs.Take(1)).ToList(), configTokens, KernelConfigGzipCase);
        yield return new FuzzTarget("container-config", Corpus.Files("containerd/calico-node.config.json", "containerd/pause-sandbox.config.json"),
            Tokens("{", "}", "[", "]", ",", ":", "\"io.kubernetes.cri.image-name\"", "\"annotations\"", "\"env\"", "\\u0000", "null", "1e999"), ContainerConfigCase);
        yield return new FuzzTarget("proc-status", Corpus.Files("proc/self/status"), Tokens("CapEff:", "CapEff:\t", "CapPrm:", "0x", "ffffffffffffffff", "10000000000000000", "-1"), ProcStatusCase);
    }

    private static IReadOnlyList<byte[]> Tokens(params string[] tokens) => [.. LineTokens, .. Mutator.Tokens(tokens)];

    private static bool Located(CollectorParseException e) => e.File == FileName && e.Line >= 1 && e.Message.StartsWith($"{FileName}:{e.Line}: ", StringComparison.Ordinal);

    private static void OsReleaseCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.NoThrow(() =>
        {
            foreach (var (key, value) in OsReleaseParser.Parse(text))
            {
                Expect.That(key.Length > 0 && !key.Contains('=') && value.Length <= text.Length, "os-release keys are non-empty and values no longer than the file");
            }
        });
    }

    private static void ContainerConfigCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<CollectorParseException>(
            () => Expect.That(ContainerConfigParser.Parse(text, FileName).Environment.All(e => e.Key.Length > 0), "environment names are non-empty"),
            Located);
    }

    private static void ProcModulesCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<CollectorParseException>(() => Expect.That(ProcModulesParser.Parse(text, FileName).All(n => n.Length > 0), "module names are non-empty"), Located);
    }

    private static void ModulesBuiltinCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.NoThrow(() => Expect.That(ModulesBuiltinParser.Parse(text).All(n => !n.Contains('-') && !n.Contains('\n')), "built-in module names use underscores and are single lines"));
    }

    private static void KernelConfigCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<CollectorParseException>(() => Expect.That(KernelConfigParser.Parse(text, FileName).Keys.All(k => k.StartsWith("CONFIG_", StringComparison.Ordinal)), "every option starts with CONFIG_"), Located);
    }

    private static void KernelConfigGzipCase(byte[] input)
    {
        var host = GzipHost.Instance;
        File.WriteAllBytes(host.File, input);
        FileReadResult? read = null;
        Expect.NoThrow(() => read = new HostFileReader(new HostRoot(host.Root), GzipHost.Cap).ReadText(GzipHost.NodePath, gzip: true));
        if (read!.Ok)
        {
            Expect.That(read.Text!.Length <= GzipHost.Cap, "the capped read returns no more than the cap");
            Expect.Only<CollectorParseException>(() => KernelConfigParser.Parse(read.Text!, read.Path), e => e.File == read.Path && e.Line >= 1);
        }
        else
        {
            Expect.That(read.Reason is { Length: > 0 } && read.Text is null, "a failed read says why and has no text");
        }
    }

    private static void ProcStatusCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<CollectorParseException>(() => ProcStatusParser.CapabilityMask(text, FileName), Located);
        Expect.Only<CollectorParseException>(() => ProcStatusParser.CapabilityMask(text, FileName, "CapPrm"), Located);
    }

    /// <summary>A private host root holding the one gzip file the gzip target rewrites per case; removed at exit.</summary>
    private sealed class GzipHost
    {
        public const string NodePath = "/proc/config.gz";
        public const long Cap = 1024 * 1024;

        private GzipHost()
        {
            Root = Directory.CreateTempSubdirectory("compatrules-fuzz-").FullName;
            Directory.CreateDirectory(Path.Combine(Root, "proc"));
            File = Path.Combine(Root, "proc", "config.gz");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Root, recursive: true);
        }

        public static GzipHost Instance { get; } = new();

        public string Root { get; }

        public string File { get; }
    }
}
