using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Cilium;

public class BgpMd5BrokenByMptcpTest
{
    private const string Id = "CILIUM-BGP-MD5-MPTCP";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // cilium/cilium#40478: Cilium 1.17.5 on Fedora 42 (kernel 6.14), BGP with a password.
    private static Fact[] Report(string cilium = "v1.17.5") =>
        [Component(ComponentNames.Cilium, cilium), Kernel("6.14.9-300.fc42.x86_64"), new Sysctl("net.mptcp.enabled", "1")];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.15.19", Outcome.NotAffected)]
    [InlineData("v1.16.0", Outcome.Affected)]
    [InlineData("v1.16.12", Outcome.Affected)]
    [InlineData("v1.16.13", Outcome.NotAffected)]
    [InlineData("v1.17.3", Outcome.NotAffected)]
    [InlineData("v1.17.4", Outcome.Affected)]
    [InlineData("v1.17.6", Outcome.Affected)]
    [InlineData("v1.17.7", Outcome.NotAffected)]
    [InlineData("v1.18.0", Outcome.NotAffected)]
    public void Evaluate_CiliumVersionWithMptcp_FollowsRange(string cilium, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(cilium)).Outcome);

    [Theory]
    [InlineData("0", Outcome.NotAffected)]
    [InlineData(null, Outcome.NotAffected)]
    [InlineData("1", Outcome.Affected)]
    public void Evaluate_MptcpSysctl_DecidesWhetherTheListenerIsMptcp(string? enabled, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report().Replacing(new Sysctl("net.mptcp.enabled", enabled))).Outcome);

    [Theory]
    [InlineData("5.4.0-200-generic", Outcome.NotAffected)]
    [InlineData("5.6.0", Outcome.Affected)]
    public void Evaluate_KernelOnlyEvidence_MptcpFromFiveSix(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate([Component(ComponentNames.Cilium, "v1.17.5"), Kernel(kernel)]).Outcome);

    [Fact]
    public void Evaluate_GodebugWorkaround_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report(), Setting(ComponentNames.Cilium, "GODEBUG", "multipathtcp=0")]).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheEvidence()
        => Assert.Equal(["Cilium v1.17.5 with MPTCP available (net.mptcp.enabled=1); matters only for BGP peers with a password."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoCilium_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Cilium))).Outcome);

    [Fact]
    public void Evaluate_NoMptcpEvidence_UnknownNamesWhatCouldDecide()
    {
        var result = Evaluate([Component(ComponentNames.Cilium, "v1.17.5")]);
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel", "kernel-config", "sysctl:net.mptcp.enabled"], [.. result.MissingFacts.Order(StringComparer.Ordinal)]);
    }

    // Only GODEBUG=...multipathtcp=0 on Cilium itself is the workaround.
    [Theory]
    [InlineData(ComponentNames.Cilium, "GODEBUG", "madvdontneed=1")]
    [InlineData(ComponentNames.Cilium, "GODEBUG", "multipathtcp=1")]
    [InlineData(ComponentNames.Cilium, "GOFLAGS", "multipathtcp=0")]
    [InlineData(ComponentNames.KubeProxy, "GODEBUG", "multipathtcp=0")]
    public void Evaluate_OtherSettings_AreNoWorkaround(string component, string name, string value)
        => Assert.Equal(Outcome.Affected, Evaluate([.. Report(), Setting(component, name, value)]).Outcome);

    [Fact]
    public void Evaluate_CiliumVersionUnreadable_IsUnknownNamingTheVersion()
        => Assert.Equal(["component:cilium (version)"], Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.Cilium))).MissingFacts.ToArray());
}
