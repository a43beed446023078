using CompatRules.Settings;

namespace CompatRules.Tests.Settings;

public class CommandLineFlagsTest
{
    private static string Flags(params string[] args)
        => string.Join("; ", CommandLineFlags.Parse(CommandLineFlags.Words(args.Select((a, i) => (a, $"args[{i}]")))).Select(f => $"{f.Name}={f.Value}@{f.Word.Field}"));

    [Theory]
    [InlineData(new[] { "kube-proxy", "--proxy-mode=ipvs" }, "proxy-mode=ipvs@args[1]")]
    [InlineData(new[] { "kube-proxy", "--proxy-mode", "ipvs", "--v=2" }, "proxy-mode=ipvs@args[1]; v=2@args[3]")]
    [InlineData(new[] { "--enable-tproxy", "--v=3" }, "enable-tproxy=true@args[0]; v=3@args[1]")]
    [InlineData(new[] { "--enable-tproxy" }, "enable-tproxy=true@args[0]")]
    [InlineData(new[] { "--enable-tproxy", "-v" }, "enable-tproxy=true@args[0]")]
    [InlineData(new[] { "/bin/sh", "-c", "exec kube-proxy --config=/var/lib/kube-proxy/config.conf\n  --hostname-override=$(NODE_NAME)" },
        "config=/var/lib/kube-proxy/config.conf@args[2]; hostname-override=$(NODE_NAME)@args[2]")]
    [InlineData(new[] { "--", "--=x", "-x", "--empty=" }, "empty=@args[3]")]
    public void Parse_CommandLine_GivesFlagsWithTheirField(string[] args, string expected) => Assert.Equal(expected, Flags(args));
}
