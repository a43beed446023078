using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine;

public class RuleEngineTest
{
    private static RuleEngine Build(params Type[] rules)
    {
        var builder = CompatEngine.CreateBuilder();
        foreach (var rule in rules)
        {
            builder.AddRule((NRules.Fluent.Dsl.Rule)Activator.CreateInstance(rule)!);
        }

        return builder.Build();
    }

    [Fact]
    public void Evaluate_EqualityJoin_FiresOncePerMatchingPair()
    {
        var engine = Build(typeof(PodOnZoneOneNodeRule));
        var facts = FactSet.Create(new Node("a", 1), new Node("b", 2), new Pod("p1", "a"), new Pod("p2", "b"), new Pod("p3", "a"));

        var result = engine.Evaluate(facts)["T-JOIN"]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["p1@a", "p3@a"], result.Notes.ToArray());
        Assert.Equal(["node:a", "pod:p1", "pod:p3"], result.Evidence.Select(e => e.Key).ToArray());
    }

    [Fact]
    public void Evaluate_EqualityJoinWithNoPartner_IsNotAffected()
    {
        var engine = Build(typeof(PodOnZoneOneNodeRule));

        var result = engine.Evaluate(FactSet.Create(new Node("a", 1), new Pod("p1", "b")))["T-JOIN"]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NonEqualityJoin_TestsEveryPair()
    {
        var engine = Build(typeof(PodNameAfterNodeRule));
        var facts = FactSet.Create(new Node("m", 1), new Pod("a", "m"), new Pod("z", "m"), new Pod("zz", "other"));

        Assert.Equal(["z"], engine.Evaluate(facts)["T-JOIN-NONEQUAL"]!.Notes.ToArray());
    }

    [Fact]
    public void Evaluate_NotAndExists_SplitNodesByWhetherTheyHavePods()
    {
        var engine = Build(typeof(EmptyNodeRule), typeof(BusyNodeRule));
        var facts = FactSet.Create(new Node("empty", 1), new Node("busy", 1), new Pod("p", "busy"));

        var report = engine.Evaluate(facts);

        Assert.Equal(["empty"], report["T-NOT"]!.Notes.ToArray());
        Assert.Equal(["busy"], report["T-EXISTS"]!.Notes.ToArray());
    }

    [Fact]
    public void Evaluate_DerivedFact_FiresTheRuleThatMatchesIt()
    {
        var engine = Build(typeof(AlarmRule), typeof(OldKernelAlarmDerivation));

        var report = engine.Evaluate(FactSet.Create(KernelInfo.FromRelease("3.10.0-1160.el7.x86_64")));

        Assert.Equal(Outcome.Affected, report["T-CHAINED"]!.Outcome);
        Assert.Equal(["old kernel 3.10.0-1160.el7.x86_64"], report["T-CHAINED"]!.Notes.ToArray());
        Assert.Null(report["T-DERIVE"]);
    }

    [Fact]
    public void Evaluate_DerivedFactNotDerivedWithInputsPresent_IsNotAffected()
    {
        var engine = Build(typeof(AlarmRule), typeof(OldKernelAlarmDerivation));

        Assert.Equal(Outcome.NotAffected, engine.Evaluate(FactSet.Create(KernelInfo.FromRelease("6.8.0-31-generic")))["T-CHAINED"]!.Outcome);
    }

    [Fact]
    public void Evaluate_DerivedFactWhoseInputIsMissing_IsUnknownNamingTheInput()
    {
        var engine = Build(typeof(AlarmRule), typeof(OldKernelAlarmDerivation));

        var result = engine.Evaluate(FactSet.Empty)["T-CHAINED"]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_RuleThatInsertsForever_EndsInErrorAndLeavesOthersAlone()
    {
        var withLoop = Build(typeof(CountForeverRule), typeof(EmptyNodeRule));
        var without = Build(typeof(EmptyNodeRule));
        var facts = FactSet.Create(new Counter(0), new Node("n", 1));

        var report = withLoop.Evaluate(facts);

        Assert.Equal(Outcome.Error, report["T-FOREVER"]!.Outcome);
        Assert.Contains("activated more than 10000 times", report["T-FOREVER"]!.Error);
        Assert.Equal(without.Evaluate(facts)["T-NOT"], report["T-NOT"], RuleResultComparer.Instance);
    }

    [Fact]
    public void Evaluate_RuleOverDerivedFactLimit_EndsInError()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<CountForeverRule>()
            .WithOptions(new EngineOptions { MaxDerivedFactsPerRule = 50 }).Build();

        var result = engine.Evaluate(FactSet.Create(new Counter(0)))["T-FOREVER"]!;

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.Contains("more than 50 derived facts", result.Error);
    }

    [Theory]
    [InlineData(typeof(ThrowingConditionRule), "T-THROWS-CONDITION", "a condition threw NullReferenceException")]
    // FastExpressionCompiler calls the non-virtual string.ToUpperInvariant on null without a null check, so the
    // exception comes from inside it (ArgumentNullException) rather than from the call site.
    [InlineData(typeof(ThrowingActionRule), "T-THROWS-ACTION", "an action threw ArgumentNullException")]
    public void Evaluate_RuleThatThrows_EndsInErrorAndOtherRulesAreUnchanged(Type badRule, string badId, string message)
    {
        var facts = FactSet.Create(KernelInfo.FromRelease("4.19.0"), new Node("n", 1));
        var withBad = Build(badRule, typeof(EmptyNodeRule), typeof(AlarmRule), typeof(OldKernelAlarmDerivation));
        var without = Build(typeof(EmptyNodeRule), typeof(AlarmRule), typeof(OldKernelAlarmDerivation));

        var report = withBad.Evaluate(facts);
        var baseline = without.Evaluate(facts);

        Assert.Equal(Outcome.Error, report[badId]!.Outcome);
        Assert.StartsWith(message, report[badId]!.Error);
        Assert.Equal(baseline.Results, report.Results.Where(r => r.RuleId != badId), RuleResultComparer.Instance);
    }

    [Fact]
    public void Evaluate_ComponentAbsent_IsNotApplicable()
    {
        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(FactSet.Create(KernelInfo.FromRelease("5.4.0-150-generic")))["T-COMPONENT"]!;

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
    }

    [Fact]
    public void Evaluate_ComponentListNotCollected_IsUnknownWithTheReason()
    {
        var facts = FactSet.Create(new CollectionStatus("component:*", CollectionState.NotCollected, "node check sees no cluster components"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico (NotCollected: node check sees no cluster components)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_ComponentWithoutVersion_IsUnknownNamingTheVersion()
    {
        var facts = FactSet.Create(new ComponentVersion(ComponentNames.Calico, null, "calico/node:latest"), KernelInfo.FromRelease("5.4.0"), new Sysctl("net.ipv4.ip_forward", "1"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico (version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_NeededFactsMissing_IsUnknownNamingEachWithCollectorReason()
    {
        var facts = FactSet.Create(
            ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"),
            new CollectionStatus("sysctl:*", CollectionState.PermissionDenied, "EACCES"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel", "sysctl:net.ipv4.ip_forward (PermissionDenied: EACCES)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_PresentComponentOutsideRangeWithOtherFactsMissing_IsNotAffectedAndSaysWhy()
    {
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.29.0"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
        var note = Assert.Single(result.Notes);
        Assert.Contains("calico v3.29.0", note, StringComparison.Ordinal);
        Assert.Contains("the missing kernel, sysctl:net.ipv4.ip_forward cannot change that", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PresentKernelFailingItsConditionWithSysctlMissing_IsNotAffected()
    {
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"), KernelInfo.FromRelease("6.8.0-31-generic"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_PresentFactsPassingWithOneMissing_StaysUnknown()
    {
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"), KernelInfo.FromRelease("5.4.0"));

        var result = Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["sysctl:net.ipv4.ip_forward"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KeyedFactKnownAbsent_IsNotAffected()
    {
        var facts = FactSet.Create(
            ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"),
            KernelInfo.FromRelease("5.4.0"),
            new CollectionStatus("sysctl:*", CollectionState.Collected));

        Assert.Equal(Outcome.NotAffected, Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!.Outcome);
    }

    [Theory]
    [InlineData("v3.28.5", "5.4.0-150-generic", Outcome.Affected)]
    [InlineData("v3.29.0", "5.4.0-150-generic", Outcome.NotAffected)]
    [InlineData("v3.29.0-0.dev-12-gabc", "5.4.0-150-generic", Outcome.Affected)]
    [InlineData("v3.28.5", "5.8.0-1-generic", Outcome.NotAffected)]
    [InlineData("v3.28.5", "5.7.19", Outcome.Affected)]
    public void Evaluate_VersionEdges_DecideOutcome(string calico, string kernel, Outcome expected)
    {
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, calico), KernelInfo.FromRelease(kernel), new Sysctl("net.ipv4.ip_forward", "1"));

        Assert.Equal(expected, Build(typeof(CalicoOldKernelRule)).Evaluate(facts)["T-COMPONENT"]!.Outcome);
    }

    [Fact]
    public void Evaluate_FactOrderShuffled_GivesTheSameReport()
    {
        var engine = Build(typeof(PodOnZoneOneNodeRule), typeof(EmptyNodeRule), typeof(BusyNodeRule));
        Fact[] facts = [new Node("a", 1), new Node("b", 1), new Pod("p1", "a"), new Pod("p2", "a")];

        var forward = engine.Evaluate(FactSet.Create(facts));
        var backward = engine.Evaluate(FactSet.Create(facts.Reverse()));

        Assert.Equal(forward.Results.Select(r => (r.RuleId, r.Outcome)), backward.Results.Select(r => (r.RuleId, r.Outcome)));
        Assert.Equal(forward.Results.Select(r => r.Notes.Order().ToArray()), backward.Results.Select(r => r.Notes.Order().ToArray()));
    }

    [Fact]
    public void Explain_RuleThatDidNotFire_ShowsTheConditionThatFailed()
    {
        var engine = Build(typeof(CalicoOldKernelRule));
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"), KernelInfo.FromRelease("6.8.0-31-generic"), new Sysctl("net.ipv4.ip_forward", "1"));

        var explanation = engine.Explain("T-COMPONENT", facts);

        Assert.Equal(Outcome.NotAffected, explanation.Result.Outcome);
        Assert.Equal("kernel", explanation.StoppedAt!.Name);
        var condition = Assert.Single(explanation.StoppedAt.Conditions);
        Assert.Equal((1, 0), (condition.Tested, condition.Passed));
        Assert.Contains("kernel.Version.Upstream < new KernelVersion(5, 8", condition.Text);
        Assert.True(explanation.Patterns[0].Held);
    }

    [Fact]
    public void Explain_UnknownRuleId_Throws()
        => Assert.Throws<KeyNotFoundException>(() => Build(typeof(EmptyNodeRule)).Explain("NOPE", FactSet.Empty));

    [Fact]
    public void Build_TwoRulesWithOneId_Throws()
    {
        var builder = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().AddRule(new DuplicateIdRule());

        var error = Assert.Throws<CompatRules.Dsl.RuleDefinitionException>(() => builder.Build());
        Assert.Contains("id 'T-NOT' is already used", error.Message);
    }

    [Fact]
    public void Build_WhereFilter_KeepsOnlyChosenRules()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().AddRule<CalicoOldKernelRule>()
            .Where(m => m.Component == ComponentNames.Calico).Build();

        Assert.Equal(["T-COMPONENT"], engine.Rules.Select(r => r.Id).ToArray());
    }

    [CompatRules.Dsl.RuleId("T-NOT"), CompatRules.Dsl.Title("duplicate")]
    private sealed class DuplicateIdRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            Node node = null!;
            When().Match(() => node);
            Then().Do(ctx => ctx.Note(node.Name));
        }
    }
}
