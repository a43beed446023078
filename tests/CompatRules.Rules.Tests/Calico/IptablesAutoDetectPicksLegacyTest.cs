using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class IptablesAutoDetectPicksLegacyTest
{
    private const string Id = "CALICO-IPTABLES-AUTODETECT-LEGACY";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v3.24.6", Outcome.Affected)]
    [InlineData("v3.25.0", Outcome.Affected)]
    [InlineData("v3.25.1", Outcome.Affected)]
    [InlineData("v3.25.2", Outcome.NotAffected)]
    [InlineData("v3.26.0", Outcome.NotAffected)]
    [InlineData("v3.29.1", Outcome.NotAffected)]
    public void Evaluate_NftHostWithIpTablesLoaded_FollowsRange(string calico, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt(calico), Iptables(IptablesBackend.Nft), Loaded("ip_tables", "nf_tables")))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_Rhel8WithoutIptablesMode_OsDecides()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.25.1"), Os("rhel", "8.6", "fedora"), Loaded("ip_tables")))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("rests on the OS", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_IpTablesNotLoaded_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(CalicoAt("v3.25.1"), Iptables(IptablesBackend.Nft), Loaded("nf_tables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_LegacyHost_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(CalicoAt("v3.25.1"), Iptables(IptablesBackend.Legacy), Loaded("ip_tables")))[Id]!.Outcome);
    }

    [Theory]
    [InlineData("NFT", Outcome.NotAffected)]
    [InlineData("Legacy", Outcome.NotAffected)]
    [InlineData("Auto", Outcome.Affected)]
    [InlineData("auto", Outcome.Affected)]
    public void Evaluate_FelixIptablesBackendSet_OnlyAutoIsAffected(string value, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.25.1"), Iptables(IptablesBackend.Nft), Loaded("ip_tables"), Setting("FELIX_IPTABLESBACKEND", value)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Iptables(IptablesBackend.Nft), Loaded("ip_tables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_ModulesMissing_UnknownNamesModules()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.25.1"), Iptables(IptablesBackend.Nft)))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel-modules"], result.MissingFacts.ToArray());
    }

    [Theory]
    [InlineData("v3.25.2")]
    [InlineData("v3.29.1")]
    public void Evaluate_FixedCalicoWithModulesAndBackendMissing_NotAffectedBecauseTheVersionSettlesIt(string calico)
    {
        var result = Engine.Evaluate(Node(CalicoAt(calico)))[Id]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
        Assert.Contains(result.Notes, n => n.Contains("cannot change that", StringComparison.Ordinal) && n.Contains("kernel-modules", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_BackendUnknowable_UnknownNamesIptablesAndOs()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.25.1"), Loaded("ip_tables")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["iptables", "os-release"], Sorted(result.MissingFacts));
    }
}
