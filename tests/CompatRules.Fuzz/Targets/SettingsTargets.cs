using CompatRules.Fuzz.Harness;
using CompatRules.Settings;

namespace CompatRules.Fuzz.Targets;

/// <summary>The component settings readers: kube-proxy's KubeProxyConfiguration file and the command-line flags.</summary>
internal static class SettingsTargets
{
    private const string FileName = "/fuzz/config.conf";

    public static IEnumerable<FuzzTarget> All()
    {
        yield return new FuzzTarget("kube-proxy-config", Corpus.Files("kube-proxy/kubeadm-config.conf"),
            Mutator.Tokens("\n", "  ", "\t", ":", ": ", "- ", "mode: ", "ipvs:\n  strictARP: ", "kind: ", "&a ", "*a", "? ", "[", "]", "{", "}", "\"", "'", "#", "---\n", "!!str ", "|\n", "\uFEFF", "\u0000"),
            KubeProxyConfigCase);
        yield return new FuzzTarget("command-line-flags", Corpus.Files("containerd/kube-proxy.config.json"),
            Mutator.Tokens(" ", "\t", "\n", "--", "-", "=", "--proxy-mode", "--config=", "--enable-tproxy", "\"", "--="), FlagsCase);
    }

    private static void KubeProxyConfigCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<SettingsFileFormatException>(
            () => Expect.That(KubeProxyConfigurationParser.Parse(text, FileName).All(v => KubeProxyConfigurationParser.Fields.Contains(v.Path) && v.Line >= 1),
                "only the fields read come out, each with a line"),
            e => e.File == FileName && e.Line >= 1 && e.Message.StartsWith($"{FileName}:{e.Line}: ", StringComparison.Ordinal));
    }

    private static void FlagsCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.NoThrow(() =>
        {
            var words = CommandLineFlags.Words(text.Split(',').Select((a, i) => (a, $"args[{i}]")));
            var flags = CommandLineFlags.Parse(words);
            Expect.That(flags.Count <= words.Count && flags.All(f => f.Name.Length > 0 && !f.Name.Contains('=') && words.Contains(f.Word)), "each flag names itself and comes from a word");
        });
    }
}
