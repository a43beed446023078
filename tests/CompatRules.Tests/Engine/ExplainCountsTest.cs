using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>Explain's numbers: how many facts (or combinations) NRules tested each condition on, how many passed,
/// the candidates of each pattern and whether it held, for Match, Not and Exists.</summary>
public class ExplainCountsTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder()
        .AddRule<PodOnZoneOneNodeRule>().AddRule<EmptyNodeRule>().AddRule<BusyNodeRule>().Build();

    [Fact]
    public void Explain_Join_CountsTheAlphaAndTheJoinedEvaluations()
    {
        // Two nodes, one in zone 1; three pods, two of them on that node.
        var facts = FactSet.Create(new Node("n1", 1), new Node("n2", 2), new Pod("p1", "n1"), new Pod("p2", "n2"), new Pod("p3", "n1"));

        var explanation = Engine.Explain("T-JOIN", facts);

        var (node, pod) = (explanation.Patterns[0], explanation.Patterns[1]);
        Assert.Equal(("node", 2, true), (node.Name, node.Candidates, node.Held));
        Assert.Equal((2, 1), (node.Conditions[0].Tested, node.Conditions[0].Passed));
        Assert.Equal(("pod", 3, true, true), (pod.Name, pod.Candidates, pod.Held, pod.Reached));
        Assert.Equal((3, 2), (pod.Conditions[0].Tested, pod.Conditions[0].Passed));
        Assert.Null(explanation.StoppedAt);
        Assert.Equal(Outcome.Affected, explanation.Result.Outcome);
    }

    [Fact]
    public void Explain_NoFactPassesTheFirstPattern_StopsThereAndLaterPatternsAreNotReached()
    {
        var explanation = Engine.Explain("T-JOIN", FactSet.Create(new Node("n2", 2), new Pod("p2", "n2")));

        Assert.Equal(("node", false), (explanation.StoppedAt!.Name, explanation.StoppedAt.Held));
        Assert.Equal((1, 0), (explanation.Patterns[0].Conditions[0].Tested, explanation.Patterns[0].Conditions[0].Passed));
        Assert.False(explanation.Patterns[1].Reached);
        Assert.False(explanation.Patterns[1].Held);
    }

    [Theory]
    // A pod on the node: Not fails, Exists holds.
    [InlineData("n1", "T-NOT", false, Outcome.NotAffected)]
    [InlineData("n1", "T-EXISTS", true, Outcome.Affected)]
    // Only a pod elsewhere: Not holds, Exists fails.
    [InlineData("n9", "T-NOT", true, Outcome.Affected)]
    [InlineData("n9", "T-EXISTS", false, Outcome.NotAffected)]
    public void Explain_NotAndExists_HoldAsTheirKindSays(string podNode, string id, bool held, Outcome outcome)
    {
        var explanation = Engine.Explain(id, FactSet.Create(new Node("n1", 1), new Pod("p1", podNode), new Pod("p2", "n8")));

        var pattern = explanation.Patterns[1];
        Assert.Equal(held, pattern.Held);
        Assert.Equal(nameof(Pod), pattern.FactType);
        Assert.Equal((id == "T-NOT" ? "not Pod" : "exists Pod"), pattern.Name);
        Assert.Equal("(pod.NodeName == node.Name)", pattern.Conditions[0].Text);
        Assert.Equal(2, pattern.Candidates);
        Assert.Equal((2, podNode == "n1" ? 1 : 0), (pattern.Conditions[0].Tested, pattern.Conditions[0].Passed));
        Assert.Equal(outcome, explanation.Result.Outcome);
        Assert.Equal(held ? null : pattern.Name, explanation.StoppedAt?.Name);
    }

    [Fact]
    public void Explain_NotOverNoFactsOfItsType_Holds()
    {
        var explanation = Engine.Explain("T-NOT", FactSet.Create(new Node("n1", 1)));

        var pattern = explanation.Patterns[1];
        Assert.True(pattern.Held);
        Assert.Equal(0, pattern.Candidates);
        Assert.Equal((0, 0), (pattern.Conditions[0].Tested, pattern.Conditions[0].Passed));
        Assert.Equal(Outcome.Affected, explanation.Result.Outcome);
    }

    [Fact]
    public void Explain_PatternWithoutConditions_CountsTheFactsOfItsType()
    {
        var explanation = Engine.Explain("T-NOT", FactSet.Create(new Node("n1", 1), new Node("n2", 1), new Node("n3", 1)));

        Assert.Empty(explanation.Patterns[0].Conditions);
        Assert.Equal((3, true), (explanation.Patterns[0].Candidates, explanation.Patterns[0].Held));
    }

    [Fact]
    public void Explain_PatternWithoutConditionsAndNoFacts_DoesNotHold()
    {
        var explanation = Engine.Explain("T-NOT", FactSet.Create(new Pod("p1", "n1")));

        Assert.Equal((0, false), (explanation.Patterns[0].Candidates, explanation.Patterns[0].Held));
        Assert.Equal("node", explanation.StoppedAt!.Name);
    }

    [Fact]
    public void Explain_JoinedPattern_CountsCombinationsAsCandidates()
    {
        // Two zone-1 nodes and three pods: the pod condition is tested on every node-pod pair.
        var facts = FactSet.Create(new Node("n1", 1), new Node("n2", 1), new Pod("p1", "n1"), new Pod("p2", "n2"), new Pod("p3", "n1"));

        var pod = Engine.Explain("T-JOIN", facts).Patterns[1];

        Assert.Equal(6, pod.Candidates);
        Assert.Equal((6, 3), (pod.Conditions[0].Tested, pod.Conditions[0].Passed));
    }
}
