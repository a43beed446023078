using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace CompatRules.Tests.Reliability;

/// <summary>A fact only the faulty rules insert, so that their derived facts cannot reach the built-in rules.</summary>
public sealed record Tick(int Value) : Fact
{
    public override string Key => "tick:" + Value;
}

[RuleId("FAULT-CONDITION-THROWS"), Title("a condition that throws on every kernel")]
public sealed class ConditionThrowsRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Release.Length / (k.Release.Length - k.Release.Length) > 0);
        Then().Do(ctx => ctx.Note("unreachable"));
    }
}

[RuleId("FAULT-ACTION-THROWS"), Title("an action that throws for every os-release")]
public sealed class ActionThrowsRule : Rule
{
    public override void Define()
    {
        OsRelease os = null!;
        When().Match(() => os);
        Then().Do(ctx => ctx.Note(Fail(os)));
    }

    private static string Fail(OsRelease os) => throw new InvalidOperationException("no note for " + os.Key);
}

[RuleId("FAULT-TICK-SEED"), Title("seeds the first tick on any kernel"), Derivation]
public sealed class TickSeedDerivation : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel);
        Then().Yield(_ => new Tick(0));
    }
}

[RuleId("FAULT-INSERTS-FOREVER"), Title("derives the next tick from each tick, for ever")]
public sealed class InsertsForeverRule : Rule
{
    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick, t => t.Value >= 0);
        Then().Yield(_ => new Tick(tick.Value + 1));
    }
}

[RuleId("FAULT-INSERTS-FLOOD"), Title("inserts a flood of facts in one action")]
public sealed class InsertsFloodRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel);
        Then().Do(ctx => Flood(ctx));
    }

    private static void Flood(IContext context)
    {
        for (var i = 1; i <= 1_000_000; i++)
        {
            context.Insert(new Tick(-i));
        }
    }
}

[RuleId("FAULT-INSERTS-THEN-THROWS"), Title("inserts a fact the built-in rules read, then throws")]
public sealed class InsertsThenThrowsRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel);
        Then().Do(ctx => InsertThenFail(ctx));
    }

    private static void InsertThenFail(IContext context)
    {
        context.Insert(new CompatRules.BuiltIn.Node.MptcpTransparency(false, "bogus, from a rule that then failed"));
        throw new InvalidOperationException("failed after inserting");
    }
}
