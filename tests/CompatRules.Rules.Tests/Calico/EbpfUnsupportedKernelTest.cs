using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Calico;

public class EbpfUnsupportedKernelTest
{
    private const string Id = "CALICO-EBPF-UNSUPPORTED-KERNEL";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static Fact[] Report(string calico = "v3.27.3", string kernel = "4.19.0-25-amd64") =>
    [
        Component(ComponentNames.Calico, calico),
        Setting(ComponentNames.Calico, "FELIX_BPFENABLED", "true"),
        Kernel(kernel),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v3.19.4", Outcome.NotAffected)]
    [InlineData("v3.20.0-0.dev-12-gabc", Outcome.NotAffected)]
    [InlineData("v3.20.0", Outcome.Affected)]
    [InlineData("v3.28.2-0", Outcome.Affected)]
    [InlineData("v3.32.9", Outcome.Affected)]
    [InlineData("v3.33.0", Outcome.NotAffected)]
    public void Evaluate_CalicoVersionOnKernel419_FollowsAuditedWindow(string calico, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(calico)).Outcome);

    [Theory]
    [InlineData("4.19.0-25-amd64", Outcome.Affected)]
    [InlineData("5.2.21", Outcome.Affected)]
    [InlineData("5.3.0", Outcome.NotAffected)]
    [InlineData("5.15.0-91-generic", Outcome.NotAffected)]
    [InlineData("3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("4.18.0-147.el8.x86_64", Outcome.Affected)]
    [InlineData("4.18.0-193.el8.x86_64", Outcome.NotAffected)]
    [InlineData("4.18.0-553.el8_10.x86_64", Outcome.NotAffected)]
    [InlineData("4.18.0-193-generic", Outcome.Affected)]
    public void Evaluate_Kernel_FollowsFelixSupportCheck(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kernel: kernel)).Outcome);

    [Fact]
    public void Evaluate_BpfDisabled_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(Setting(ComponentNames.Calico, "FELIX_BPFENABLED", "false"))).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesSettingAndKernel()
        => Assert.Equal(["FELIX_BPFENABLED=true on kernel 4.19.0-25-amd64, which felix does not accept for eBPF."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Calico))).Outcome);

    [Theory]
    [InlineData("kernel", "kernel")]
    [InlineData("setting:calico/FELIX_BPFENABLED", "setting:calico/FELIX_BPFENABLED")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed, string missing)
    {
        var result = Evaluate(Report().Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([missing], result.MissingFacts.ToArray());
    }
}
