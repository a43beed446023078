using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine;

/// <summary>Failures NRules reports as handled stay with the failing rule, whatever shape they take.</summary>
public class ErrorContainmentTest
{
    private static readonly FactSet Facts = FactSet.Create(KernelInfo.FromRelease("4.19.0"), new Node("n", 1), new Pod("p", "n"));

    [Fact]
    public void Evaluate_ConditionThrowingInsideNot_IsErrorNotAffected()
    {
        // NRules counts a handled condition error as false, so the Not holds and the rule fires: Error must win.
        var result = Build<ThrowsInsideNotRule>().Evaluate(Facts)["T-THROWS-IN-NOT"]!;

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.StartsWith("a condition threw InvalidOperationException: no pods today", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(MessageThrowsInActionRule), "T-EVIL-ACTION", "an action threw")]
    [InlineData(typeof(MessageThrowsInConditionRule), "T-EVIL-CONDITION", "a condition threw")]
    public void Evaluate_ExceptionWhoseMessageThrows_IsErrorAndTheOthersStay(Type rule, string id, string start)
    {
        var engine = CompatEngine.CreateBuilder().AddRule((Rule)Activator.CreateInstance(rule)!).AddRule<EmptyNodeRule>().AddRule<BusyNodeRule>().Build();
        var baseline = CompatEngine.CreateBuilder().AddRule<EmptyNodeRule>().AddRule<BusyNodeRule>().Build().Evaluate(Facts);

        var report = engine.Evaluate(Facts);

        Assert.Equal(Outcome.Error, report[id]!.Outcome);
        Assert.Equal($"{start} EvilException: (its message could not be read: InvalidOperationException)", report[id]!.Error);
        Assert.Equal(baseline.Results, report.Results.Where(r => r.RuleId != id), RuleResultComparer.Instance);
    }

    [Fact]
    public void Evaluate_CancelledToken_StopsBetweenFiringsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Build<EmptyNodeRule>().Evaluate(Facts, cancelled.Token));
    }

    private static RuleEngine Build<T>() where T : Rule, new() => CompatEngine.CreateBuilder().AddRule<T>().Build();

    [RuleId("T-THROWS-IN-NOT"), Title("a Not whose condition throws")]
    public sealed class ThrowsInsideNotRule : Rule
    {
        public override void Define()
        {
            Node node = null!;
            When()
                .Match(() => node)
                .Not<Pod>(p => p.NodeName == node.Name && Fail(p));
            Then().Do(ctx => ctx.Note("no pod on " + node.Name));
        }

        private static bool Fail(Pod pod) => throw new InvalidOperationException("no pods today: " + pod.Name);
    }

    [RuleId("T-EVIL-ACTION"), Title("an action whose exception cannot describe itself")]
    public sealed class MessageThrowsInActionRule : Rule
    {
        public override void Define()
        {
            KernelInfo kernel = null!;
            When().Match(() => kernel);
            Then().Do(ctx => EvilException.Throw(kernel.Release));
        }
    }

    [RuleId("T-EVIL-CONDITION"), Title("a condition whose exception cannot describe itself")]
    public sealed class MessageThrowsInConditionRule : Rule
    {
        public override void Define()
        {
            KernelInfo kernel = null!;
            When().Match(() => kernel, k => EvilException.Throw(k.Release));
            Then().Report();
        }
    }

    public sealed class EvilException : Exception
    {
        public override string Message => throw new InvalidOperationException("no message");

        public override string ToString() => throw new InvalidOperationException("no text");

        public static bool Throw(string _) => throw new EvilException();
    }
}
