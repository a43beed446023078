using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Flannel;

public class LegacyIptablesOnNftHostTest
{
    private const string Id = "FLANNEL-LEGACY-IPTABLES";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v0.11.0", Outcome.Affected)]
    [InlineData("v0.12.0", Outcome.Affected)]
    [InlineData("v0.13.0-rc1", Outcome.Affected)]
    [InlineData("v0.13.0", Outcome.NotAffected)]
    [InlineData("v0.26.1", Outcome.NotAffected)]
    public void Evaluate_FlannelOnNftHost_FollowsRange(string flannel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Flannel, flannel), Iptables(IptablesBackend.Nft)).Outcome);

    [Fact]
    public void Evaluate_NftOnlyOsWithoutDecidedMode_IsAffected()
        => Assert.Equal(Outcome.Affected, Evaluate(Component(ComponentNames.Flannel, "v0.12.0"), Os("rocky", "8.9", "rhel", "centos", "fedora")).Outcome);

    [Fact]
    public void Evaluate_LegacyHost_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Component(ComponentNames.Flannel, "v0.12.0"), Iptables(IptablesBackend.Legacy)).Outcome);

    [Fact]
    public void Evaluate_NoFlannel_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Iptables(IptablesBackend.Nft)).Outcome);

    [Fact]
    public void Evaluate_BackendUnknown_UnknownNamesTheEvidence()
    {
        var result = Evaluate(Component(ComponentNames.Flannel, "v0.12.0"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["iptables", "os-release"], [.. result.MissingFacts.Order(StringComparer.Ordinal)]);
    }
}
