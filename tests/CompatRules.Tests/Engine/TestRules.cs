using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine;

[RuleId("T-JOIN"), Title("pods on a node of zone 1"), Severity(Severity.High)]
public sealed class PodOnZoneOneNodeRule : Rule
{
    public override void Define()
    {
        Node node = null!;
        Pod pod = null!;
        When()
            .Match(() => node, n => n.Zone == 1)
            .Match(() => pod, p => p.NodeName == node.Name);
        Then().Do(ctx => ctx.Note(pod.Name + "@" + node.Name));
    }
}

[RuleId("T-JOIN-NONEQUAL"), Title("pods whose name sorts after their node's")]
public sealed class PodNameAfterNodeRule : Rule
{
    public override void Define()
    {
        Node node = null!;
        Pod pod = null!;
        When()
            .Match(() => node)
            .Match(() => pod, p => string.CompareOrdinal(p.Name, node.Name) > 0 && p.NodeName == node.Name);
        Then().Do(ctx => ctx.Note(pod.Name));
    }
}

[RuleId("T-NOT"), Title("node with no pod")]
public sealed class EmptyNodeRule : Rule
{
    public override void Define()
    {
        Node node = null!;
        When()
            .Match(() => node)
            .Not<Pod>(p => p.NodeName == node.Name);
        Then().Do(ctx => ctx.Note(node.Name));
    }
}

[RuleId("T-EXISTS"), Title("node with at least one pod")]
public sealed class BusyNodeRule : Rule
{
    public override void Define()
    {
        Node node = null!;
        When()
            .Match(() => node)
            .Exists<Pod>(p => p.NodeName == node.Name);
        Then().Do(ctx => ctx.Note(node.Name));
    }
}

[RuleId("T-DERIVE"), Title("derives an alarm for an old kernel"), Derivation]
public sealed class OldKernelAlarmDerivation : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Version.Upstream < new KernelVersion(5, 0));
        Then().Yield(_ => new Alarm("old kernel " + kernel.Release));
    }
}

[RuleId("T-CHAINED"), Title("reports the alarm"), Severity(Severity.Critical)]
public sealed class AlarmRule : Rule
{
    public override void Define()
    {
        Alarm alarm = null!;
        When().Match(() => alarm);
        Then().Do(ctx => ctx.Note(alarm.Text));
    }
}

[RuleId("T-FOREVER"), Title("counts forever")]
public sealed class CountForeverRule : Rule
{
    public override void Define()
    {
        Counter counter = null!;
        When().Match(() => counter);
        Then().Yield(_ => new Counter(counter.Value + 1));
    }
}

[RuleId("T-THROWS-CONDITION"), Title("condition throws")]
public sealed class ThrowingConditionRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Architecture!.Length > 100);
        Then().Do(ctx => ctx.Note("unreachable"));
    }
}

[RuleId("T-THROWS-ACTION"), Title("action throws")]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel);
        Then().Do(ctx => ctx.Note(kernel.Architecture!.ToUpperInvariant()));
    }
}

[RuleId("T-COMPONENT"), Title("calico below 3.29 on kernel below 5.8"), Component(ComponentNames.Calico)]
[Affects(ComponentNames.Calico, "(,3.29.0)")]
public sealed class CalicoOldKernelRule : Rule
{
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        KernelInfo kernel = null!;
        Sysctl forward = null!;
        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Match(() => kernel, k => k.Version.Upstream < new KernelVersion(5, 8))
            .Keyed(() => forward, Sysctl.KeyFor("net.ipv4.ip_forward"), s => s.Value == "1");
        Then().Do(ctx => ctx.Note("calico " + calico.Version!.Original + " on kernel " + kernel.Release));
    }
}
