using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine;

[RuleId("T-KNOWN"), Title("Kubernetes before 1.20")]
public sealed class OldKubernetesRule : Rule
{
    private static readonly SoftwareVersion FirstFixed = SoftwareVersion.Parse("1.20.0");

    public override void Define()
    {
        var fixedIn = FirstFixed;
        ClusterInfo cluster = null!;
        When().Known(() => cluster, ClusterInfo.FactKey, c => c.KubernetesVersion, c => c.KubernetesVersion! < fixedIn);
        Then().Do(ctx => ctx.Note("Kubernetes " + cluster.KubernetesVersion!.Original));
    }
}

[RuleId("T-KNOWN-WHEN"), Title("OpenShift before 4.18")]
public sealed class OldOpenShiftRule : Rule
{
    private static readonly SoftwareVersion FirstFixed = SoftwareVersion.Parse("4.18");

    public override void Define()
    {
        var fixedIn = FirstFixed;
        ClusterInfo cluster = null!;
        When().KnownWhen(() => cluster, ClusterInfo.FactKey, c => c.Is(ClusterDistributions.OpenShift), c => c.DistributionVersion, c => c.DistributionVersion! < fixedIn);
        Then().Do(ctx => ctx.Note("OpenShift " + cluster.DistributionVersion!.Original));
    }
}

[RuleId("T-KNOWN-NOT-A-FIELD"), Title("a known value that is not a property")]
public sealed class KnownComputedValueRule : Rule
{
    public override void Define()
    {
        ClusterInfo cluster = null!;
        When().Known(() => cluster, ClusterInfo.FactKey, c => c.Describe());
        Then().Do(ctx => ctx.Note(cluster.Distribution));
    }
}
