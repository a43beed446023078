using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine;

/// <summary>The derived fact of the cycle rules: yielded by one, read by the other.</summary>
public sealed record Ping(string Text) : Fact
{
    public override string Key => "ping";
}

/// <summary>The other derived fact of the cycle rules.</summary>
public sealed record Pong(string Text) : Fact
{
    public override string Key => "pong";
}

[RuleId("T-DERIVE-CALICO"), Title("derives an alarm from the Calico version"), Derivation]
public sealed class CalicoAlarmDerivation : Rule
{
    public override void Define()
    {
        ComponentVersion calico = null!;
        When().Component(() => calico, ComponentNames.Calico);
        Then().Yield(_ => new Alarm("calico " + calico.Version!.Original));
    }
}

[RuleId("T-DERIVE-THROWS"), Title("derives an alarm through a condition that throws"), Derivation]
public sealed class ThrowingAlarmDerivation : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Architecture!.Length > 100);
        Then().Yield(_ => new Alarm("unreachable"));
    }
}

[RuleId("T-PING"), Title("derives a ping from a pong"), Derivation]
public sealed class PingFromPongDerivation : Rule
{
    public override void Define()
    {
        Pong pong = null!;
        When().Match(() => pong);
        Then().Yield(_ => new Ping(pong.Text));
    }
}

[RuleId("T-PONG"), Title("derives a pong from a ping"), Derivation]
public sealed class PongFromPingDerivation : Rule
{
    public override void Define()
    {
        Ping ping = null!;
        When().Match(() => ping);
        Then().Yield(_ => new Pong(ping.Text));
    }
}

[RuleId("T-PING-SEEN"), Title("reports a ping")]
public sealed class PingRule : Rule
{
    public override void Define()
    {
        Ping ping = null!;
        When().Match(() => ping);
        Then().Do(ctx => ctx.Note(ping.Text));
    }
}
