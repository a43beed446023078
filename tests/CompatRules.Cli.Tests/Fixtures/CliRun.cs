using CompatRules.Facts;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>Runs the CLI in-process and captures its output.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs with the hand-built engine; every snapshot and the local machine are <paramref name="node"/>,
    /// every inventory is <paramref name="cluster"/>.</summary>
    public static CliRun WithFacts(FactSet? node, IReadOnlyList<FactSet>? cluster, params string[] args)
        => With(new CliServices
        {
            Engine = TestEngine.Create(),
            LocalFacts = _ => new InMemorySource("local", node is null ? [] : [node]),
            SnapshotFacts = path => new InMemorySource($"snapshot {path}", node is null ? [] : [node], inputFile: path),
            InventoryFacts = (path, _) => new InMemorySource($"inventory {path}", cluster ?? [], inputFile: path == "-" ? null : path),
            Clock = new FixedClock(GoldenOutputTest.Now),
            SerializeSnapshot = facts => $"{facts.Count} facts\n",
        }, args);

    public static CliRun With(CliServices services, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr, services);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Default(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
