using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Antrea;

public class KernelRequirementsMissingTest
{
    private const string Id = "ANTREA-KERNEL-REQS";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static Fact[] Report(string kernel = "5.15.0-91-generic", params string[] options) =>
        [Component(ComponentNames.Antrea, "v2.2.0"), Kernel(kernel), KernelConfigWith(options)];

    private static readonly string[] Complete = ["CONFIG_OPENVSWITCH", "CONFIG_NF_CONNTRACK_ZONES"];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("4.5.7", Outcome.Affected)]
    [InlineData("4.6.0", Outcome.NotAffected)]
    [InlineData("3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("5.15.0-91-generic", Outcome.NotAffected)]
    public void Evaluate_CompleteConfig_KernelDecides(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kernel, Complete)).Outcome);

    [Theory]
    [InlineData(new[] { "CONFIG_OPENVSWITCH" }, Outcome.Affected)]
    [InlineData(new[] { "CONFIG_NF_CONNTRACK_ZONES" }, Outcome.Affected)]
    [InlineData(new[] { "CONFIG_OPENVSWITCH", "CONFIG_NF_CONNTRACK_ZONES" }, Outcome.NotAffected)]
    public void Evaluate_KernelConfig_NeedsBothOptions(string[] options, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report("5.15.0-91-generic", options)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesEveryGap()
        => Assert.Equal(["kernel 4.4.0-210-generic is older than 4.6; CONFIG_NF_CONNTRACK_ZONES is not set."], Evaluate(Report("4.4.0-210-generic", "CONFIG_OPENVSWITCH")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoAntrea_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Antrea))).Outcome);

    [Theory]
    [InlineData("kernel-config")]
    [InlineData("kernel")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed)
    {
        var result = Evaluate(Report("5.15.0-91-generic", Complete).Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([removed], result.MissingFacts.ToArray());
    }
}
