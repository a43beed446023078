using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Calico;

public class VxlanOffloadBreaksOnVmxnet3Test
{
    private const string Id = "CALICO-VXLAN-VMXNET3";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static Fact[] Report(string calico = "v3.28.2", string kernel = "5.15.0-91-generic") =>
    [
        Component(ComponentNames.Calico, calico),
        Setting(ComponentNames.Calico, "encapsulation", "VXLAN"),
        Loaded("vmxnet3", "vxlan"),
        Kernel(kernel),
    ];

    private static NetworkInterface VxlanCalico(bool on)
        => new("vxlan.calico", "vxlan", "ens192", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", on));

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v3.19.1", Outcome.Affected)]
    [InlineData("v3.24.5", Outcome.Affected)]
    [InlineData("v3.24.6", Outcome.NotAffected)]
    [InlineData("v3.27.4", Outcome.NotAffected)]
    [InlineData("v3.28.0", Outcome.Affected)]
    [InlineData("v3.28.1", Outcome.NotAffected)]
    [InlineData("v3.28.2", Outcome.Affected)]
    [InlineData("v3.29.3", Outcome.Affected)]
    public void Evaluate_CalicoVersionOnKernel515_FollowsOffloadPolicy(string calico, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(calico)).Outcome);

    [Theory]
    [InlineData("v3.28.2", "5.7.0", Outcome.NotAffected)]
    [InlineData("v3.28.2", "5.7.1", Outcome.Affected)]
    [InlineData("v3.22.1", "5.6.19", Outcome.NotAffected)]
    [InlineData("v3.22.1", "5.7.0", Outcome.Affected)]
    [InlineData("v3.18.6", "4.18.0-305.el8.x86_64", Outcome.Affected)]
    public void Evaluate_KernelDecidesWhatFelixDoes(string calico, string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(calico, kernel)).Outcome);

    [Theory]
    [InlineData(false, Outcome.NotAffected)]
    [InlineData(true, Outcome.Affected)]
    public void Evaluate_OffloadSeen_OffRulesItOut(bool on, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(), VxlanCalico(on)]).Outcome);

    [Theory]
    [InlineData("8472", Outcome.NotAffected)]
    [InlineData("4789", Outcome.Affected)]
    public void Evaluate_VxlanPort_OnlyDefaultPortOffloaded(string port, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(), Setting(ComponentNames.Calico, "FELIX_VXLANPORT", port)]).Outcome);

    [Fact]
    public void Evaluate_NoVmxnet3_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(Loaded("virtio_net", "vxlan"))).Outcome);

    [Fact]
    public void Evaluate_Ipip_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(Setting(ComponentNames.Calico, "encapsulation", "IPIP"))).Outcome);

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Calico))).Outcome);

    [Theory]
    [InlineData("kernel", "kernel")]
    [InlineData("kernel-modules", "kernel-modules")]
    [InlineData("setting:calico/encapsulation", "setting:calico/encapsulation")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed, string missing)
    {
        var result = Evaluate(Report().Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([missing], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_Firing_NotesTheModuleCalicoAndKernel()
        => Assert.Equal(["vmxnet3 is loaded; Calico v3.28.2 leaves VXLAN checksum offload on with kernel 5.15.0-91-generic."], Evaluate(Report()).Notes.ToArray());
}
