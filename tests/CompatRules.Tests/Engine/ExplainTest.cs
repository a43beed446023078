using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>Explain reads NRules' rule model and NRules' own evaluation events.</summary>
public class ExplainTest
{
    public static TheoryData<string> BuiltInRuleIds() => [.. CompatEngine.Default.Definitions.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(BuiltInRuleIds))]
    public void Explain_EveryBuiltInRule_PrintsConditionsAsWritten(string id)
    {
        if (CompatEngine.Default.Rules.All(r => r.Id != id))
        {
            // A derivation rule has no result of its own; its conditions are printed by the same code.
            return;
        }

        var explanation = CompatEngine.Default.Explain(id, Reliability.NodeFactSets.All[0]);

        Assert.All(explanation.Patterns.SelectMany(p => p.Conditions), c =>
        {
            Assert.DoesNotContain("value(", c.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("DisplayClass", c.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("$", c.Text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("FactMarkers", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_KeyedAndComponentPatterns_ShowWhatTheirMarkersTest()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<CalicoOldKernelRule>().Build();
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"), KernelInfo.FromRelease("5.4.0"), new Sysctl("net.ipv4.ip_forward", "0"));

        var explanation = engine.Explain("T-COMPONENT", facts);

        Assert.Equal("((calico.Component == \"calico\") AndAlso (calico.Version != null))", explanation.Patterns[0].Conditions[0].Text);
        Assert.Equal("affected.Contains(calico.Version)", explanation.Patterns[0].Conditions[1].Text);
        Assert.Equal("(forward.Key == \"sysctl:net.ipv4.ip_forward\")", explanation.Patterns[2].Conditions[0].Text);
        Assert.Equal(("forward", false), (explanation.StoppedAt!.Name, explanation.StoppedAt.Held));
        Assert.Equal((1, 0), (explanation.Patterns[2].Conditions[1].Tested, explanation.Patterns[2].Conditions[1].Passed));
    }

    [Fact]
    public void Explain_PatternsAfterTheOneThatFailed_AreNotReachedRatherThanFailed()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<CalicoOldKernelRule>().Build();
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.29.0"), KernelInfo.FromRelease("5.4.0"), new Sysctl("net.ipv4.ip_forward", "1"));

        var explanation = engine.Explain("T-COMPONENT", facts);

        Assert.Equal("calico", explanation.StoppedAt!.Name);
        Assert.Equal([false, false], explanation.Patterns.Skip(1).Select(p => p.Reached).ToArray());
        var text = explanation.ToString();
        Assert.Contains("FAILED  calico", text, StringComparison.Ordinal);
        Assert.Contains("not reached  kernel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED  kernel", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_JoinCondition_CountsTheCombinationsNRulesTried()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<PodOnZoneOneNodeRule>().Build();
        var facts = FactSet.Create(new Node("a", 1), new Node("b", 1), new Pod("p1", "a"), new Pod("p2", "b"), new Pod("p3", "c"));

        var explanation = engine.Explain("T-JOIN", facts);

        Assert.Equal(Outcome.Affected, explanation.Result.Outcome);
        var join = Assert.Single(explanation.Patterns[1].Conditions);
        Assert.Equal("(pod.NodeName == node.Name)", join.Text);
        Assert.Equal((6, 2), (join.Tested, join.Passed));
    }
}
