using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class VxlanChecksumOffloadDelaysTest
{
    private const string Id = "CALICO-VXLAN-CSUM-OFFLOAD";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v3.11.2", "3.10.0-1062.el7.x86_64", Outcome.Affected)]
    [InlineData("v3.18.6", "4.18.0-305.el8.x86_64", Outcome.Affected)]
    [InlineData("v3.19.1", "4.18.0-305.el8.x86_64", Outcome.Affected)]
    [InlineData("v3.19.1", "5.6.19", Outcome.Affected)]
    [InlineData("v3.19.1", "5.7.0", Outcome.NotAffected)]
    [InlineData("v3.19.1", "5.15.0-91-generic", Outcome.NotAffected)]
    [InlineData("v3.19.2", "4.18.0-305.el8.x86_64", Outcome.NotAffected)]
    [InlineData("v3.19.2", "5.6.19", Outcome.NotAffected)]
    [InlineData("v3.19.4", "4.18.0-305.el8.x86_64", Outcome.NotAffected)]
    [InlineData("v3.20.0", "4.18.0-305.el8.x86_64", Outcome.NotAffected)]
    [InlineData("v3.24.6", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.27.3", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.28.0", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.28.1", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.29.1", "5.4.0-150-generic", Outcome.NotAffected)]
    public void Evaluate_OffloadNotRead_CalicoPolicyDecides(string calico, string kernel, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt(calico), Encapsulation("VXLAN"), Kernel(kernel)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Theory]
    [InlineData("v3.19.4", "4.18.0-305.el8.x86_64", false, Outcome.NotAffected)]
    [InlineData("v3.25.1", "4.18.0-305.el8.x86_64", true, Outcome.Affected)]
    [InlineData("v3.19.4", "5.10.0-21-amd64", true, Outcome.NotAffected)]
    [InlineData("v3.19.4", "5.6.19", true, Outcome.Affected)]
    public void Evaluate_OffloadRead_InterfaceWinsOverVersion(string calico, string kernel, bool offloadOn, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt(calico), Encapsulation("VXLAN"), Kernel(kernel), Tunnel("vxlan.calico", offloadOn)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_OffloadOnOldKernel_NoteNamesTheInterface()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.25.1"), Encapsulation("VXLANCrossSubnet"), Kernel("4.18.0-305.el8.x86_64"), Tunnel("vxlan.calico", true)))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["Decided by vxlan.calico tx-checksum-ip-generic is on on kernel 4.18.0-305.el8.x86_64 (older than 5.7)."], result.Notes.ToArray());
    }

    [Fact]
    public void Evaluate_InterfaceWithoutOffloads_FallsBackToVersion()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.19.1"), Encapsulation("VXLAN"), Kernel("4.18.0-305.el8.x86_64"), Tunnel("vxlan.calico", null)))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("this rests on the versions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IPIP")]
    [InlineData("None")]
    public void Evaluate_NotVxlan_NotAffected(string encapsulation)
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.19.1"), Encapsulation(encapsulation), Kernel("4.18.0-305.el8.x86_64")))[Id]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Kernel("4.18.0-305.el8.x86_64")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_EncapsulationMissing_UnknownNamesIt()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.19.1"), Kernel("4.18.0-305.el8.x86_64")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:calico/encapsulation"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernelAndInterface()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.19.1"), Encapsulation("VXLAN")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["interface:vxlan.calico", "kernel"], Sorted(result.MissingFacts));
    }
}
