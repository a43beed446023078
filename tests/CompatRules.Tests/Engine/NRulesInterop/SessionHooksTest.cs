using CompatRules.Facts;
using CompatRules.Reports;
using NRules;
using NRules.AgendaFilters;

namespace CompatRules.Tests.Engine.NRulesInterop;

/// <summary>NRules' extension points reach every evaluation: agenda filters and session events through
/// ConfigureSession, factory-wide events through RuleEngine.Events.</summary>
public class SessionHooksTest
{
    private static readonly FactSet TwoNodes = FactSet.Create(new Node("a", 1), new Node("b", 1));

    [Fact]
    public void ConfigureSession_AgendaFilterRejectingARule_KeepsItFromFiring()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().AddRule<BusyNodeRule>()
            .ConfigureSession(s => s.Agenda.AddFilter(new RejectRule("T-NOT")))
            .Build();

        var report = engine.Evaluate(TwoNodes);

        Assert.NotEqual(Outcome.Affected, report["T-NOT"]!.Outcome);
        Assert.Equal(Outcome.Affected, CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().Build().Evaluate(TwoNodes)["T-NOT"]!.Outcome);
    }

    [Fact]
    public void ConfigureSession_EventHandler_SeesEachFiringOfThatEvaluation()
    {
        var fired = new List<string>();
        var engine = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>()
            .ConfigureSession(s => s.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name + ":" + ((Node)e.Facts.Single().Value!).Name))
            .ConfigureSession(s => s.Events.RuleFiredEvent += (_, _) => fired.Add("second hook"))
            .Build();

        engine.Evaluate(TwoNodes);

        Assert.Equal(["T-NOT:a", "T-NOT:b"], fired.Where(f => f.StartsWith("T-NOT", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
        // Both hooks ran on the session, in the order they were added: each firing is followed by the second hook.
        Assert.Equal(["second hook", "second hook"], new[] { fired[1], fired[3] });
    }

    [Fact]
    public void Events_FactoryWideHandler_SeesEveryEvaluation()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().Build();
        var inserted = 0;
        engine.Events.FactInsertedEvent += (_, _) => Interlocked.Increment(ref inserted);

        engine.Evaluate(TwoNodes);
        engine.Evaluate(TwoNodes);

        Assert.Equal(4, inserted);
    }

    private sealed class RejectRule(string name) : IAgendaFilter
    {
        public bool Accept(AgendaContext context, Activation activation) => activation.Rule.Name != name;
    }
}
