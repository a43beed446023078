using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;
using static CompatRules.Rules.Tests.PackageFacts;

namespace CompatRules.Rules.Tests.Cilium;

public class SystemdRpFilterOverrideTest
{
    private const string Id = "CILIUM-SYSTEMD-RPFILTER";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.9.18", Outcome.Affected)]
    [InlineData("v1.11.20", Outcome.Affected)]
    [InlineData("v1.12.0", Outcome.NotAffected)]
    [InlineData("v1.16.5", Outcome.NotAffected)]
    public void Evaluate_CiliumOnSystemd245_FollowsRange(string cilium, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Cilium, cilium), Dpkg("systemd", "245.4-4ubuntu3.2")).Outcome);

    [Theory]
    [InlineData("244.3-1", Outcome.NotAffected)]
    [InlineData("245~rc1-1", Outcome.NotAffected)]
    [InlineData("245-1", Outcome.Affected)]
    [InlineData("245.4-4ubuntu3", Outcome.Affected)]
    [InlineData("247.3-7+deb11u4", Outcome.Affected)]
    [InlineData("255.4-1ubuntu8", Outcome.Affected)]
    public void Evaluate_DpkgSystemd_From245(string systemd, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Cilium, "v1.11.6"), Dpkg("systemd", systemd)).Outcome);

    [Theory]
    [InlineData("239-82.el8", Outcome.NotAffected)]
    [InlineData("244.3-1.fc32", Outcome.NotAffected)]
    [InlineData("245.4-1.fc32", Outcome.Affected)]
    [InlineData("252-32.el9_4", Outcome.Affected)]
    public void Evaluate_RpmSystemd_From245(string systemd, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Cilium, "v1.10.4"), Rpm("systemd", systemd)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesSystemdAndCilium()
        => Assert.Equal(["systemd 245.4-4ubuntu3 (dpkg) is 245 or later; Cilium v1.11.6 does not override its rp_filter."],
            Evaluate(Component(ComponentNames.Cilium, "v1.11.6"), Dpkg("systemd", "245.4-4ubuntu3")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoCilium_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Dpkg("systemd", "245.4-4ubuntu3")).Outcome);

    [Fact]
    public void Evaluate_PackagesNotRead_UnknownNamesSystemd()
    {
        var result = Evaluate(Component(ComponentNames.Cilium, "v1.11.6"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["package:systemd"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_PackagesCollectedWithoutSystemd_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Component(ComponentNames.Cilium, "v1.11.6"), PackagesCollected()).Outcome);

    [Fact]
    public void Evaluate_PackagesNotCollected_UnknownQuotesTheReason()
    {
        var result = Evaluate(Component(ComponentNames.Cilium, "v1.11.6"), PackagesNotCollected());
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Single(result.MissingFacts);
        Assert.StartsWith("package:systemd", result.MissingFacts[0], StringComparison.Ordinal);
    }
}
