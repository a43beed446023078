using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class AssumeTest
{
    private static readonly CompatRules.Facts.FactSet Node = TestEngine.Node("n1", calico: "v3.28.0", bpf: true, kubeProxy: "v1.30.1");

    [Fact]
    public void Run_UpgradeCalicoToFixed_Resolves()
    {
        var run = CliRun.WithFacts(Node, null, "evaluate", "f.json", "--assume", "calico=3.29.0");
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(
            "\nWhat-if on n1 (--assume calico=3.29.0):\n  introduces: nothing\n  resolves: TEST-CALICO-BPF (medium) Calico BPF dataplane drops traffic\n  leaves: nothing\n",
            run.Stdout);
    }

    [Fact]
    public void Run_UpgradeCalicoWithinRange_LeavesWithFixVersion()
    {
        var run = CliRun.WithFacts(Node, null, "evaluate", "f.json", "--assume", "calico=3.28.1");
        Assert.Contains("  resolves: nothing\n  leaves: TEST-CALICO-BPF (medium) Calico BPF dataplane drops traffic (fixed in calico v3.29.0)\n", run.Stdout);
    }

    [Fact]
    public void Run_DowngradeKubeProxyAndKernel_IntroducesAndFailsOnTheNewState()
    {
        var run = CliRun.WithFacts(Node, null, "evaluate", "f.json", "--assume", "kube-proxy=v1.29.0", "--assume", "kernel=4.19.0-26-amd64");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  introduces: TEST-PROXY-OLD (high) kube-proxy leaks conntrack entries\n  introduces: TEST-KERNEL-OLD (low) Kernel older than 5.0\n", run.Stdout);
        Assert.Contains("[user: --assume kernel=4.19.0-26-amd64]", run.Stdout);
        Assert.DoesNotContain("user user", run.Stdout);
    }

    [Fact]
    public void Run_UnknownBeforeAffectedAfter_OnItsOwnLineNotIntroduced()
    {
        var node = TestEngine.Node("n1", bpf: true, kubeProxy: "v1.30.1")
            .With(new CompatRules.Facts.CollectionStatus("component:calico", CompatRules.Facts.CollectionState.NotCollected, "containers not read"));
        var run = CliRun.WithFacts(node, null, "evaluate", "f.json", "--assume", "calico=3.28.0");
        Assert.EndsWith(
            "\nWhat-if on n1 (--assume calico=3.28.0):\n  introduces: nothing\n  affected, unknown before: TEST-CALICO-BPF (medium) Calico BPF dataplane drops traffic\n  resolves: nothing\n  leaves: nothing\n",
            run.Stdout);
    }

    [Fact]
    public void Run_NotAffectedBeforeAffectedAfter_Introduces()
    {
        var node = TestEngine.Node("n1", kubeProxy: "v1.30.1");
        var run = CliRun.WithFacts(node, null, "evaluate", "f.json", "--assume", "kube-proxy=v1.29.0");
        Assert.Contains("  introduces: TEST-PROXY-OLD (high) kube-proxy leaks conntrack entries\n  resolves: nothing\n", run.Stdout);
        Assert.DoesNotContain("unknown before", run.Stdout);
    }

    [Fact]
    public void Run_AssumeWithMachineFormat_DiffGoesToStderr()
    {
        var run = CliRun.WithFacts(Node, null, "evaluate", "f.json", "--format", "nfd", "--assume", "calico=3.29.0");
        Assert.Equal("# +expiry-time=2025-01-02T12:00:00Z\ncompatrules.io/test-calico-bpf=not-affected\ncompatrules.io/test-kernel-old=not-affected\ncompatrules.io/test-proxy-old=not-affected\n", run.Stdout);
        Assert.Contains("resolves: TEST-CALICO-BPF", run.Stderr);
    }

    [Fact]
    public void Run_AssumeOnCluster_DiffPerNode()
    {
        var run = CliRun.WithFacts(null, [Node, Node.WithSubject("n2")], "cluster", "-", "--assume", "calico=3.29.0");
        Assert.Contains("What-if on n1 (--assume calico=3.29.0):", run.Stdout);
        Assert.Contains("What-if on n2 (--assume calico=3.29.0):", run.Stdout);
    }
}
