using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>A typo or an option that does not apply is an error (exit 2) with a "did you mean", never a green run.</summary>
public class NoFalseGreenTest
{
    private static readonly CompatRules.Facts.FactSet Node = TestEngine.Node("n1", calico: "v3.28.0", bpf: true);

    [Theory]
    [InlineData("compatrules: --only kubeproxy: not a component; did you mean 'kube-proxy'?", "--only", "kubeproxy", "--fail-on-unknown")]
    [InlineData("compatrules: --assume calcio=3.29.0: 'calcio' is not a component; did you mean 'calico'?", "--assume", "calcio=3.29.0")]
    [InlineData("compatrules: --assume kernal=6.8.0-45-generic: 'kernal' is not a component; did you mean 'kernel'?", "--assume", "kernal=6.8.0-45-generic")]
    [InlineData("compatrules: --skip TEST-PROXY-OLF: no rule has this id; did you mean 'TEST-PROXY-OLD'?", "--skip", "TEST-PROXY-OLF")]
    [InlineData("compatrules: --skip NOT-A-RULE: no rule has this id (see 'compatrules rules list').", "--skip", "NOT-A-RULE")]
    [InlineData("compatrules: --assume: calico is given 2 times (calico=3.29.0, calico=3.30.0); give one value per name.", "--assume", "calico=3.29.0", "--assume", "calico=3.30.0")]
    [InlineData("compatrules: --only submariner: no rule is about this component, so nothing would be checked (see 'compatrules rules list').", "--only", "submariner")]
    public void Evaluate_UnknownOrRepeatedName_Exits2WithSuggestion(string expected, params string[] options)
    {
        var run = CliRun.WithFacts(Node, null, ["evaluate", "f.json", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Theory]
    [InlineData("explain", "TEST-PROXY-OLD", "--facts", "f.json", "--assume", "calico=3.29.0")]
    [InlineData("collect", "--assume", "calico=3.29.0")]
    [InlineData("collect", "--format", "json")]
    [InlineData("rules", "show", "TEST-PROXY-OLD", "--format", "json")]
    [InlineData("rules", "list", "--fail-on", "high")]
    public void Run_OptionOfAnotherCommand_Exits2(params string[] args)
    {
        var run = CliRun.WithFacts(Node, null, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument", run.Stderr);
    }

    [Fact]
    public void Help_PerSubcommand_ListsOnlyItsOwnOptions()
    {
        var collect = CliRun.WithFacts(Node, null, "collect", "--help").Stdout;
        Assert.Contains("--host-root", collect);
        Assert.Contains("--output", collect);
        Assert.DoesNotContain("--assume", collect);
        Assert.DoesNotContain("--fail-on", collect);
        var evaluate = CliRun.WithFacts(Node, null, "evaluate", "--help").Stdout;
        Assert.Contains("--assume", evaluate);
        Assert.DoesNotContain("--host-root", evaluate);
    }

    [Fact]
    public void Run_RulesListWrongComponent_Exits2WithSuggestion()
    {
        var run = CliRun.WithFacts(Node, null, "rules", "list", "--component", "calio");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: --component calio: not a component; did you mean 'calico'?", run.Stderr);
    }

    [Fact]
    public void Cluster_InventoryWithoutNodes_Exits2SayingWhatToInclude()
    {
        var run = CliRun.WithFacts(null, [], "cluster", "inv.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("compatrules: inventory inv.json has no Node, so nothing was checked; include the nodes: kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json\n", run.Stderr);
    }

    [Theory]
    [InlineData("kubeproxy", "kube-proxy")]
    [InlineData("Calico", "calico")]
    [InlineData("ovn-kubernetess", "ovn-kubernetes")]
    public void DidYouMean_CloseName_SuggestsIt(string typed, string suggested)
        => Assert.Equal($"; did you mean '{suggested}'?", Commands.KnownNames.DidYouMean(typed, ["calico", "kube-proxy", "kube-ovn", "ovn-kubernetes"]));
}
