using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.KubeOvn;

public class TproxyListenerFailsOnMptcpTest
{
    private const string Id = "KOVN-TPROXY-MPTCP";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // kubeovn/kube-ovn#5393: Ubuntu 22.04 (GA kernel 5.15), upgrade to v1.14.0, tproxy on.
    private static Fact[] Report(string kubeOvn = "v1.14.0", string kernel = "5.15.0-125-generic") =>
    [
        Component(ComponentNames.KubeOvn, kubeOvn),
        Kernel(kernel),
        Setting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.14.0", Outcome.Affected)]
    [InlineData("v1.14.41", Outcome.Affected)]
    [InlineData("v1.16.0", Outcome.Affected)]
    [InlineData("v1.13.15", Outcome.Affected)]
    [InlineData("v1.13.14", Outcome.NotAffected)]
    [InlineData("v1.13.9", Outcome.NotAffected)]
    [InlineData("v1.13.0", Outcome.NotAffected)]
    public void Evaluate_KubeOvnVersionOnKernel515_FollowsGoModVersion(string kubeOvn, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kubeOvn)).Outcome);

    [Theory]
    [InlineData("5.15.0-125-generic", Outcome.Affected)]
    [InlineData("5.16.20", Outcome.Affected)]
    [InlineData("5.6.0", Outcome.Affected)]
    [InlineData("5.17.0", Outcome.NotAffected)]
    [InlineData("6.8.0-1015-aws", Outcome.NotAffected)]
    [InlineData("5.5.19", Outcome.NotAffected)]
    [InlineData("5.4.0-200-generic", Outcome.NotAffected)]
    public void Evaluate_KernelWithoutProbe_DecidesByKernelWindow(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kernel: kernel)).Outcome);

    [Fact]
    public void Evaluate_KernelFallback_NotesThatItRestsOnTheVersion()
    {
        var result = Evaluate(Report());
        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["Decided by kernel 5.15.0-125-generic is older than 5.17; no usable mptcp-ip-transparent probe, so this rests on the version."], result.Notes.ToArray());
    }

    [Theory]
    [InlineData(null, Outcome.NotAffected)]
    [InlineData("0", Outcome.NotAffected)]
    [InlineData("1", Outcome.Affected)]
    public void Evaluate_MptcpSysctlWithoutProbe_DecidesWhetherListenersAreMptcp(string? enabled, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(), new Sysctl("net.mptcp.enabled", enabled)]).Outcome);

    [Theory]
    [InlineData(false, Outcome.NotAffected)]
    [InlineData(true, Outcome.Affected)]
    public void Evaluate_KernelConfigWithoutProbe_ConfigMptcpDecidesWhetherListenersAreMptcp(bool configMptcp, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(), KernelConfigWith(configMptcp ? ["CONFIG_MPTCP"] : ["CONFIG_INET"])]).Outcome);

    [Fact]
    public void Evaluate_SysctlBeatsKernelConfig()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report(), KernelConfigWith(["CONFIG_MPTCP"]), new Sysctl("net.mptcp.enabled", "0")]).Outcome);

    [Theory]
    [InlineData("5.15.0-125-generic", ProbeResult.Supported, Outcome.NotAffected)]
    [InlineData("6.8.0-1015-aws", ProbeResult.Unsupported, Outcome.Affected)]
    [InlineData("5.15.0-125-generic", ProbeResult.PermissionDenied, Outcome.Affected)]
    [InlineData("6.8.0-1015-aws", ProbeResult.PermissionDenied, Outcome.NotAffected)]
    public void Evaluate_WithProbe_ProbeBeatsKernelVersion(string kernel, ProbeResult probe, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(kernel: kernel), MptcpTransparentProbe(probe)]).Outcome);

    [Fact]
    public void Evaluate_FailedProbe_NotesTheProbe()
        => Assert.Equal(["Decided by socket probe mptcp-ip-transparent: Unsupported."], Evaluate([.. Report(), MptcpTransparentProbe(ProbeResult.Unsupported)]).Notes.ToArray());

    [Theory]
    [InlineData("ENABLE_TPROXY", "false")]
    [InlineData("GODEBUG", "multipathtcp=0")]
    [InlineData("GODEBUG", "madvdontneed=1,multipathtcp=0")]
    public void Evaluate_WorkaroundSetting_IsNotAffected(string name, string value)
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(Setting(ComponentNames.KubeOvn, name, value))).Outcome);

    [Fact]
    public void Evaluate_NoKubeOvn_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.KubeOvn))).Outcome);

    [Theory]
    [InlineData("setting:kube-ovn/ENABLE_TPROXY", new[] { "setting:kube-ovn/ENABLE_TPROXY" })]
    [InlineData("kernel", new[] { "kernel-config", "kernel", "sysctl:net.mptcp.enabled", "socket:mptcp-ip-transparent" })]
    public void Evaluate_FactMissing_IsUnknownNamingIt(string removedKey, string[] missing)
    {
        var result = Evaluate(Report().Without(removedKey));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(missing, result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KubeOvnVersionUnreadable_IsUnknownNamingTheVersion()
    {
        var result = Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.KubeOvn)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:kube-ovn (version)"], result.MissingFacts.ToArray());
    }

    // Only GODEBUG=...multipathtcp=0 on kube-ovn itself is the workaround.
    [Theory]
    [InlineData(ComponentNames.KubeOvn, "GODEBUG", "madvdontneed=1")]
    [InlineData(ComponentNames.KubeOvn, "GODEBUG", "multipathtcp=1")]
    [InlineData(ComponentNames.KubeOvn, "GOFLAGS", "multipathtcp=0")]
    [InlineData(ComponentNames.Cilium, "GODEBUG", "multipathtcp=0")]
    public void Evaluate_OtherSettings_AreNoWorkaround(string component, string name, string value)
        => Assert.Equal(Outcome.Affected, Evaluate([.. Report(), Setting(component, name, value)]).Outcome);
}
