using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class ExitCodeTest
{
    private static readonly CompatRules.Facts.FactSet MediumOnly = TestEngine.Node("n1", calico: "v3.28.0", bpf: true);
    private static readonly CompatRules.Facts.FactSet HighAffected = TestEngine.Node("n1", kubeProxy: "v1.29.2");
    private static readonly CompatRules.Facts.FactSet UnknownOnly = TestEngine.Node("n1", calico: "v3.28.0");

    [Theory]
    [InlineData(new[] { "evaluate", "f.json" }, 0)]
    [InlineData(new[] { "evaluate", "f.json", "--fail-on", "medium" }, 1)]
    [InlineData(new[] { "evaluate", "f.json", "--fail-on", "critical" }, 0)]
    [InlineData(new[] { "check", "--fail-on", "low" }, 1)]
    [InlineData(new[] { "--fail-on", "medium" }, 1)]
    [InlineData(new[] { "evaluate", "f.json", "--fail-on", "medium", "--skip", "TEST-CALICO-BPF" }, 0)]
    [InlineData(new[] { "evaluate", "f.json", "--fail-on", "medium", "--only", "kube-proxy" }, 0)]
    public void Run_MediumAffected_ExitsBySeverityThreshold(string[] args, int expected)
        => Assert.Equal(expected, CliRun.WithFacts(MediumOnly, null, args).ExitCode);

    [Fact]
    public void Run_HighAffectedDefaultThreshold_Exits1()
        => Assert.Equal(1, CliRun.WithFacts(HighAffected, null, "evaluate", "f.json").ExitCode);

    [Theory]
    [InlineData(new[] { "evaluate", "f.json" }, 0)]
    [InlineData(new[] { "evaluate", "f.json", "--fail-on-unknown" }, 1)]
    public void Run_UnknownOnly_FailsOnlyWithFailOnUnknown(string[] args, int expected)
        => Assert.Equal(expected, CliRun.WithFacts(UnknownOnly, null, args).ExitCode);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "severe")]
    [InlineData("evaluate")]
    [InlineData("explain", "TEST-PROXY-OLD")]
    [InlineData("evaluate", "f.json", "--assume", "calico")]
    [InlineData("evaluate", "f.json", "--assume", "kernel=banana")]
    [InlineData("rules", "show", "NO-SUCH-RULE")]
    [InlineData("explain", "NO-SUCH-RULE", "--facts", "f.json")]
    [InlineData("rules", "list", "--format", "sarif")]
    public void Run_UsageError_Exits2WithMessage(params string[] args)
    {
        var run = CliRun.WithFacts(MediumOnly, null, args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: ", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Run_UnknownCommandWithBuiltInServices_Exits2()
    {
        var run = CliRun.Default("frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'frobnicate'", run.Stderr);
    }

    [Fact]
    public void Run_MissingSnapshotFile_Exits2NamingTheFile()
    {
        var run = CliRun.Default("evaluate", "/nonexistent/facts.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("compatrules: snapshot /nonexistent/facts.json: File not found: /nonexistent/facts.json\n", run.Stderr);
    }

    [Fact]
    public void Run_CheckOnThisMachine_PrintsASummaryAndNoInputError()
    {
        var run = CliRun.Default("check");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        Assert.Contains("Summary:", run.Stdout);
    }

    [Fact]
    public void Run_CollectThenEvaluate_RoundTripsTheKernelRelease()
    {
        var path = Path.Combine(Path.GetTempPath(), $"compatrules-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, CliRun.Default("collect", "-o", path).ExitCode);
            var snapshot = CompatRules.Snapshots.FactSnapshot.Load(path);
            var release = File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
            Assert.Equal(release, snapshot.OfType<CompatRules.Facts.KernelInfo>().Single().Release);
            var run = CliRun.Default("evaluate", path, "--format", "json");
            Assert.True(run.ExitCode is 0 or 1, run.Stderr);
            Assert.Contains("\"ruleId\"", run.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_SourceThrowsJsonException_Exits2WithFilePathAndLine()
    {
        var services = new CliServices
        {
            Engine = TestEngine.Create(),
            InventoryFacts = (path, _) => new InMemorySource($"inventory {path}", [], new JsonException("'}' is invalid after a value.", "$.items[3].status", 11, 4)),
        };
        var run = CliRun.With(services, "cluster", "inv.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("compatrules: inventory inv.json:12: JSON path $.items[3].status: '}' is invalid after a value.\n", run.Stderr);
    }

    [Fact]
    public void Run_OutputFile_WritesAtomicallyTheSameTextAsStdout()
    {
        var directory = Directory.CreateTempSubdirectory("compatrules-cli-");
        try
        {
            var path = Path.Combine(directory.FullName, "report.json");
            File.WriteAllText(path, "old");
            var toFile = CliRun.WithFacts(MediumOnly, null, "evaluate", "f.json", "--format", "json", "-o", path);
            var toStdout = CliRun.WithFacts(MediumOnly, null, "evaluate", "f.json", "--format", "json");
            Assert.Equal(0, toFile.ExitCode);
            Assert.Equal(string.Empty, toFile.Stdout);
            Assert.Equal(toStdout.Stdout, File.ReadAllText(path));
            Assert.Equal(["report.json"], directory.GetFiles().Select(f => f.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_OutputInMissingDirectory_Exits2()
    {
        var run = CliRun.WithFacts(MediumOnly, null, "evaluate", "f.json", "-o", "/nonexistent/dir/out.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: cannot write /nonexistent/dir/out.txt: ", run.Stderr);
    }

    [Fact]
    public void Run_Collect_WritesSnapshotText()
    {
        var run = CliRun.WithFacts(MediumOnly, null, "collect");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("3 facts\n", run.Stdout);
    }

    [Fact]
    public void Run_Help_Exits0AndListsCommands()
    {
        var run = CliRun.Default("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "check", "collect", "evaluate", "cluster", "rules", "explain" }, c => Assert.Contains(c, run.Stdout));
    }
}
