using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>A fixed, hand-built report with one result of every outcome, for golden outputs.</summary>
public static class TestReports
{
    public static RuleMetadata Critical { get; } = new()
    {
        Id = "DEMO-CRASH",
        Title = "cni crashes on \"old\" kernels",
        Description = "The CNI sets a socket option the kernel refuses.",
        Severity = Severity.Critical,
        Component = ComponentNames.KubeOvn,
        Tags = ["mptcp"],
        References = [new Uri("https://example.test/issues/1")],
        Symptom = "CrashLoopBackOff",
        Remediation = ["Set GODEBUG=multipathtcp=0.", "Upgrade the kernel."],
        FixedIn = [new FixedVersion(ComponentNames.KubeOvn, "v1.15.0")],
    };

    public static RuleMetadata Medium { get; } = new() { Id = "DEMO-SLOW", Title = "Slow conntrack cleanup", Severity = Severity.Medium, Component = ComponentNames.KubeProxy };

    public static RuleMetadata Unknown { get; } = new() { Id = "DEMO-UNKNOWN", Title = "Needs a probe", Severity = Severity.High, Component = ComponentNames.Calico };

    public static RuleMetadata Fine { get; } = new() { Id = "DEMO-FINE", Title = "Not affected here", Severity = Severity.Low };

    public static RuleMetadata Absent { get; } = new() { Id = "DEMO-ABSENT", Title = "Component absent", Severity = Severity.Info, Component = ComponentNames.Submariner };

    public static RuleMetadata Broken { get; } = new() { Id = "DEMO-BROKEN", Title = "Rule that throws", Severity = Severity.High };

    public static CompatReport NodeA() => new("node-a",
    [
        new RuleResult(Critical, Outcome.Affected,
            [new Evidence("kernel", "kernel 5.15.0-91-generic (x86_64)", Provenance.FromFile("/proc/sys/kernel/osrelease")),
             new Evidence("component:kube-ovn", "kube-ovn v1.14.0", new Provenance(SourceKind.Inventory, "pod kube-system/kube-ovn-cni-x", "spec.containers[0].image"))],
            [], ["Decided by the kernel version."]),
        new RuleResult(Medium, Outcome.Affected, [new Evidence("component:kube-proxy", "kube-proxy v1.29.1", Provenance.Unspecified)], [], []),
        new RuleResult(Unknown, Outcome.Unknown, [], ["socket:mptcp-ip-transparent", "setting:calico/BPF"], []),
        new RuleResult(Fine, Outcome.NotAffected, [], [], []),
        new RuleResult(Absent, Outcome.NotApplicable, [], [], []),
        new RuleResult(Broken, Outcome.Error, [], [], [], "NullReferenceException: boom"),
    ]);

    public static CompatReport NodeB() => new("node-b",
    [
        new RuleResult(Critical, Outcome.NotAffected, [], [], []),
        new RuleResult(Unknown, Outcome.Unknown, [], ["socket:mptcp-ip-transparent"], []),
    ]);
}
