using System.Xml.Linq;
using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Diagnostics;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine.NRulesInterop;

public class ReteGraphTest
{
    [Fact]
    public void ReteGraphDgml_BuiltInRules_IsDgmlNamingEveryRule()
    {
        var document = XDocument.Parse(CompatEngine.Default.ReteGraphDgml());

        XNamespace dgml = "http://schemas.microsoft.com/vs/2009/dgml";
        Assert.Equal(dgml + "DirectedGraph", document.Root!.Name);
        var labels = document.Descendants(dgml + "Node").Select(n => (string?)n.Attribute("Label") ?? string.Empty).ToList();
        Assert.All(CompatEngine.Default.Definitions, d => Assert.Contains(labels, l => l.Contains(d.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void GetReteGraph_TwoRulesKeyedOnOneSysctl_ShareOneAlphaNodeForTheKey()
    {
        var one = CompatEngine.CreateBuilder().AddRule<ForwardingOnRule>().Build();
        var two = CompatEngine.CreateBuilder().AddRule<ForwardingOnRule>().AddRule<ForwardingOnAgainRule>().Build();

        Assert.Equal(1, KeyedSelections(one));
        Assert.Equal(1, KeyedSelections(two));
        var shared = two.GetReteGraph().Nodes.Single(IsKeyedSelection);
        Assert.Equal(["T-FWD", "T-FWD-AGAIN"], shared.Rules.Select(r => r.Name).Order(StringComparer.Ordinal).ToArray());
    }

    private static int KeyedSelections(RuleEngine engine) => engine.GetReteGraph().Nodes.Count(IsKeyedSelection);

    private static bool IsKeyedSelection(ReteNode node)
        => node.NodeType == NodeType.Selection && node.Expressions.Any(e => e.Value.ToString().Contains("sysctl:net.ipv4.ip_forward", StringComparison.Ordinal));

    [RuleId("T-FWD"), Title("forwarding on")]
    public sealed class ForwardingOnRule : Rule
    {
        public override void Define()
        {
            Sysctl forward = null!;
            When().Keyed(() => forward, Sysctl.KeyFor("net.ipv4.ip_forward"), s => s.Value == "1");
            Then().Report();
        }
    }

    [RuleId("T-FWD-AGAIN"), Title("forwarding on, with another variable name")]
    public sealed class ForwardingOnAgainRule : Rule
    {
        public override void Define()
        {
            Sysctl ipForward = null!;
            When().Keyed(() => ipForward, Sysctl.KeyFor("net.ipv4.ip_forward"));
            Then().Report();
        }
    }
}
