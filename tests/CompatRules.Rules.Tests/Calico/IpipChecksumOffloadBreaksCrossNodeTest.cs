using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class IpipChecksumOffloadBreaksCrossNodeTest
{
    private const string Id = "CALICO-IPIP-CSUM-OFFLOAD";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    // The article's "<3.28.0" is wrong: every 3.28.x lacks #8031.
    [InlineData("v3.28.0", "4.18.0-513.el8.x86_64", Outcome.Affected)]
    [InlineData("v3.28.5", "5.4.0-150-generic", Outcome.Affected)]
    [InlineData("v3.29.0", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.21.0", "5.4.0-150-generic", Outcome.Affected)]
    [InlineData("v3.28.5", "5.7.0", Outcome.Affected)]
    [InlineData("v3.28.5", "5.7.1", Outcome.NotAffected)]
    [InlineData("v3.28.5", "3.14.0", Outcome.Affected)]
    [InlineData("v3.28.5", "3.13.11", Outcome.NotAffected)]
    [InlineData("v3.28.5", "3.10.0-1160.el7.x86_64", Outcome.NotAffected)]
    public void Evaluate_OffloadNotRead_VersionsDecide(string calico, string kernel, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(CalicoAt(calico), Encapsulation("IPIP"), Kernel(kernel)))[Id]!.Outcome);
    }

    [Theory]
    [InlineData("v3.28.5", false, Outcome.NotAffected)]
    [InlineData("v3.29.0", true, Outcome.Affected)]
    [InlineData("v3.28.5", true, Outcome.Affected)]
    public void Evaluate_OffloadRead_InterfaceWins(string calico, bool offloadOn, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt(calico), Encapsulation("IPIPCrossSubnet"), Kernel("4.18.0-513.el8.x86_64"), Tunnel("tunl0", offloadOn)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_Vxlan_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(CalicoAt("v3.28.5"), Encapsulation("VXLAN"), Kernel("5.4.0-150-generic")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Kernel("5.4.0-150-generic")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_EncapsulationMissing_UnknownNamesIt()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.28.5"), Kernel("5.4.0-150-generic")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:calico/encapsulation"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernelAndInterface()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.28.5"), Encapsulation("IPIP")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["interface:tunl0", "kernel"], Sorted(result.MissingFacts));
    }

    [Fact]
    public void Evaluate_CalicoVersionUnreadable_UnknownNamesVersion()
    {
        var result = Engine.Evaluate(Node(CalicoWithoutVersion(), Encapsulation("IPIP"), Kernel("5.4.0-150-generic")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("component:calico (version)", result.MissingFacts);
    }
}
