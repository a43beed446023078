using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.K0s;

public class KubeRouterLegacyIptablesImageTest
{
    private const string Id = "K0S-KUBEROUTER-LEGACY-IPT";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // k0sproject/k0s#5328: fresh 'k0s install controller --single' on Rocky Linux 9.5, kube-router image v2.2.1-iptables1.8.9-0.
    private static Fact[] Report(string k0s = "v1.31.2+k0s.0", string kubeRouter = "v2.2.1-iptables1.8.9-0") =>
    [
        Component(ComponentNames.K0s, k0s),
        Component(ComponentNames.KubeRouter, kubeRouter),
        Os("rocky", "9.5", "rhel", "centos", "fedora"),
    ];

    private static Fact[] TagUnreadable(string k0s) => Report(k0s).Replacing(VersionlessComponent(ComponentNames.KubeRouter));

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Fact]
    public void Evaluate_ReportedNode_IsAffectedAndNamesBothEvidences()
    {
        var result = Evaluate(Report());
        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(
            ["Image: kube-router image tag v2.2.1-iptables1.8.9-0 is the k0s build without the iptables wrapper. Host: rocky 9.5 ships only iptables-nft; no decided iptables mode, so this rests on the OS."],
            result.Notes.ToArray());
    }

    [Theory]
    [InlineData("v2.2.1-iptables1.8.9-0", Outcome.Affected)]
    [InlineData("v2.2.1-iptables1.8.9-1", Outcome.NotAffected)]
    [InlineData("v2.1.0-iptables1.8.9-0", Outcome.NotAffected)]
    [InlineData("v2.4.1-iptables1.8.9-0", Outcome.NotAffected)]
    [InlineData("v2.2.1", Outcome.NotAffected)]
    public void Evaluate_KubeRouterTagOnNftHost_DecidesByTag(string tag, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(kubeRouter: tag), Iptables(IptablesBackend.Nft)]).Outcome);

    [Theory]
    [InlineData("v1.31.4+k0s.0", "v2.2.1-iptables1.8.9-0", Outcome.Affected)]
    [InlineData("v1.31.2+k0s.0", "v2.2.1-iptables1.8.9-1", Outcome.NotAffected)]
    public void Evaluate_ImageOverride_TagBeatsTheK0sRelease(string k0s, string tag, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(k0s, tag)).Outcome);

    [Theory]
    [InlineData("v1.31.1+k0s.0", Outcome.Affected)]
    [InlineData("v1.31.1+k0s.1", Outcome.Affected)]
    [InlineData("v1.31.2+k0s.0", Outcome.Affected)]
    [InlineData("v1.31.2+k0s", Outcome.Affected)]
    [InlineData("v1.31.3+k0s.0", Outcome.NotAffected)]
    [InlineData("v1.31.3+k0s", Outcome.NotAffected)]
    [InlineData("v1.31.0+k0s.0", Outcome.NotAffected)]
    [InlineData("v1.30.14+k0s.0", Outcome.NotAffected)]
    [InlineData("v1.32.1+k0s.0", Outcome.NotAffected)]
    public void Evaluate_TagUnreadable_FallsBackToK0sRelease(string k0s, Outcome expected)
        => Assert.Equal(expected, Evaluate(TagUnreadable(k0s)).Outcome);

    [Fact]
    public void Evaluate_TagUnreadable_NotesTheReleaseFallback()
        => Assert.Equal(
            ["Image: kube-router image tag not readable; k0s v1.31.1+k0s.1 bundles v2.2.1-iptables1.8.9-0 by default, so this rests on the k0s release. Host: rocky 9.5 ships only iptables-nft; no decided iptables mode, so this rests on the OS."],
            Evaluate(TagUnreadable("v1.31.1+k0s.1")).Notes.ToArray());

    [Theory]
    [InlineData(IptablesBackend.Nft, Outcome.Affected)]
    [InlineData(IptablesBackend.Legacy, Outcome.NotAffected)]
    [InlineData(IptablesBackend.Unknown, Outcome.Affected)]
    public void Evaluate_DetectedBackendOnRocky_BeatsTheOsGuess(IptablesBackend backend, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(), Iptables(backend)]).Outcome);

    [Fact]
    public void Evaluate_UbuntuWithNftBackend_IsAffected()
        => Assert.Equal(Outcome.Affected, Evaluate([.. Report().Replacing(Os("ubuntu", "22.04", "debian")), Iptables(IptablesBackend.Nft)]).Outcome);

    [Theory]
    [InlineData("rocky", "8.10", "rhel")]
    [InlineData("almalinux", "9.4", "rhel")]
    [InlineData("rhcos", "4.18", "rhel")]
    public void Evaluate_NftOnlyOsWithoutBackend_IsAffected(string id, string version, string like)
        => Assert.Equal(Outcome.Affected, Evaluate(Report().Replacing(Os(id, version, like))).Outcome);

    [Theory]
    [InlineData("ubuntu", "22.04", "debian")]
    [InlineData("debian", "12", "")]
    [InlineData("centos", "7", "rhel")]
    public void Evaluate_OsShippingBothBackendsWithoutBackend_IsUnknownNamingIptables(string id, string version, string like)
    {
        var result = Evaluate(Report().Replacing(Os(id, version, like)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["iptables"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_NoOsAndNoBackend_IsUnknownNamingBoth()
        => Assert.Equal(["iptables", "os-release"], Evaluate(Report().Without(OsRelease.FactKey)).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_KubeRouterNotSeen_IsUnknownNamingIt()
    {
        var result = Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.KubeRouter)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:kube-router (version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KubeRouterKnownAbsent_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report().Without(ComponentVersion.KeyFor(ComponentNames.KubeRouter)), Collected("component:*")]).Outcome);

    [Fact]
    public void Evaluate_NoK0s_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.K0s))).Outcome);

    [Fact]
    public void Evaluate_K0sVersionUnreadable_IsUnknownNamingTheVersion()
        => Assert.Equal(["component:k0s (version)"], Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.K0s))).MissingFacts.ToArray());
}
