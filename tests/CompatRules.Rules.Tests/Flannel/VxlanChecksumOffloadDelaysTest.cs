using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Flannel;

public class VxlanChecksumOffloadDelaysTest
{
    private const string Id = "FLANNEL-VXLAN-CSUM";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static NetworkInterface Flannel1(bool? on)
        => new("flannel.1", "vxlan", "eth0", 1450, on is null ? null : ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", on.Value));

    private static Fact[] Report(bool? on = true, string kernel = "5.4.0-200-generic") =>
        [Component(ComponentNames.Flannel, "v0.26.1"), Flannel1(on), Kernel(kernel)];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("3.10.0-1160.el7.x86_64")]
    [InlineData("6.8.0-51-generic")]
    public void Evaluate_OffloadOn_AffectedOnAnyKernel(string kernel)
        => Assert.Equal(Outcome.Affected, Evaluate(Report(kernel: kernel)).Outcome);

    [Theory]
    [InlineData("v0.11.0")]
    [InlineData("v0.26.1")]
    public void Evaluate_AnyFlannelVersion_IsAffected(string flannel)
        => Assert.Equal(Outcome.Affected, Evaluate(Report().Replacing(Component(ComponentNames.Flannel, flannel))).Outcome);

    [Fact]
    public void Evaluate_OffloadOff_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report(on: false)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesDeviceAndKernel()
        => Assert.Equal(["flannel.1 tx-checksum-ip-generic is on."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoFlannel_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Flannel))).Outcome);

    [Fact]
    public void Evaluate_InterfaceMissing_UnknownNamesIt()
    {
        var result = Evaluate(Report().Without("interface:flannel.1"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["interface:flannel.1"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_InterfaceKnownAbsent_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report().Without("interface:flannel.1"), new CollectionStatus("interface:flannel.1", CollectionState.Absent)]).Outcome);

    [Fact]
    public void Evaluate_OffloadsNotRead_AssumesTheDefaultAndSaysSo()
    {
        var result = Evaluate(Report(on: null));
        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["flannel.1 tx-checksum-ip-generic not read (on by default; Flannel never turns it off)."], result.Notes.ToArray());
    }
}
