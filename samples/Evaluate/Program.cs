using CompatRules;
using CompatRules.Facts;

// A node as an operator might describe it before an upgrade: Ubuntu 22.04 GA kernel, Kube-OVN v1.14.0 with TPROXY on.
var facts = FactSet.Create("worker-1",
[
    KernelInfo.FromRelease("5.15.0-91-generic", "x86_64"),
    ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0", "docker.io/kubeovn/kube-ovn:v1.14.0"),
    new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"),
]);

var report = CompatEngine.Evaluate(facts);
foreach (var r in report.Affected)
{
    Console.WriteLine($"{r.RuleId} [{r.Severity}] {r.Title}");
    Console.WriteLine($"  symptom: {r.Symptom}");
    foreach (var note in r.Notes)
    {
        Console.WriteLine($"  why: {note}");
    }

    Console.WriteLine($"  fix: {r.Rule.Remediation[0]}");
    Console.WriteLine($"  see: {string.Join(", ", r.References)}");
}

return report.Affected.Any() ? 0 : 3;
