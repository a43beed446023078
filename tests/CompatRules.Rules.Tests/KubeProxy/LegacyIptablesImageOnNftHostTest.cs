using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class LegacyIptablesImageOnNftHostTest
{
    private const string Id = "KPROXY-LEGACY-IPTABLES-NFT-HOST";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v1.16.15", IptablesBackend.Nft, Outcome.Affected)]
    [InlineData("v1.14.0", IptablesBackend.Nft, Outcome.Affected)]
    [InlineData("v1.17.0", IptablesBackend.Nft, Outcome.NotAffected)]
    [InlineData("v1.16.15", IptablesBackend.Legacy, Outcome.NotAffected)]
    public void Evaluate_IptablesMode_Decides(string version, IptablesBackend backend, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(KubeProxyAt(version), Iptables(backend)))[Id]!.Outcome);
    }

    [Theory]
    [InlineData("rhel", "8.10", new[] { "fedora" }, Outcome.Affected)]
    [InlineData("rocky", "9.5", new[] { "rhel", "centos", "fedora" }, Outcome.Affected)]
    [InlineData("ol", "8.9", new[] { "fedora" }, Outcome.Affected)]
    [InlineData("rhcos", "4.18", new[] { "rhel", "fedora" }, Outcome.Affected)]
    [InlineData("centos", "7", new[] { "rhel", "fedora" }, Outcome.Unknown)]
    [InlineData("debian", "12", new string[0], Outcome.Unknown)]
    public void Evaluate_NoIptablesMode_FallsBackToNftOnlyOs(string id, string versionId, string[] idLike, Outcome expected)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.16.15"), Os(id, versionId, idLike)))[Id]!;

        Assert.Equal(expected, result.Outcome);
        if (expected == Outcome.Unknown)
        {
            Assert.Equal(["iptables"], result.MissingFacts.ToArray());
        }
    }

    [Fact]
    public void Evaluate_IptablesModeLegacyOnRhel8_IptablesModeWins()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.16.15"), Iptables(IptablesBackend.Legacy), Os("rhel", "8.10", "fedora")))[Id]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_UndecidedIptablesModeOnRocky9_OsDecides()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.16.15"), Iptables(IptablesBackend.Unknown), Os("rocky", "9.5", "rhel")))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("rests on the OS", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Iptables(IptablesBackend.Nft)))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NothingAboutTheHost_UnknownNamesIptablesAndOs()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.16.15")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["iptables", "os-release"], Sorted(result.MissingFacts));
    }
}
