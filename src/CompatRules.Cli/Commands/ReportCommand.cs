using System.CommandLine;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Sources;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary>check, evaluate and cluster: load fact sets, evaluate (with what-if values), format, write, exit code.</summary>
internal sealed class ReportCommand(TextWriter stdout, TextWriter stderr, CliServices services)
{
    private const int ProgressThreshold = 50;

    public int Run(ParseResult parse, ReportOptions options, IFactSource source, bool cluster)
    {
        var settings = ReportSettings.From(parse, options, services.Engine);
        var nodes = CliApplication.Load(source, stderr);
        if (nodes.Count == 0)
        {
            throw new CliException($"{source.Description} has no Node, so nothing was checked; include the nodes: " +
                "kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json");
        }

        if (cluster)
        {
            nodes = [.. nodes.Select((n, i) => string.IsNullOrEmpty(n.Subject) ? n.WithSubject($"node-{i + 1}") : n)];
        }

        var progress = cluster && services.StderrIsTerminal && nodes.Count > ProgressThreshold ? new ProgressBar(stderr, nodes.Count) : null;
        var reports = new List<CompatReport>(nodes.Count);
        var diffs = new List<AssumeDiff>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var before = settings.Filter(services.Engine.Evaluate(nodes[i]));
            var after = before;
            if (settings.Assumptions.Count > 0)
            {
                var assumed = settings.Assumptions.Aggregate(nodes[i], (facts, a) => a.Apply(facts));
                after = settings.Filter(services.Engine.Evaluate(assumed));
                diffs.Add(AssumeDiff.Compare(before, after));
            }

            reports.Add(after);
            progress?.Report(i + 1);
        }

        var batch = new ReportBatch(reports, cluster ? ClusterSummary.Create(reports) : null);
        var text = new StringWriter();
        var context = new OutputContext { Color = services.Color && settings.Output is null, Now = services.Clock.GetUtcNow(), InputFile = source.InputFile };
        ReportFormatters.Create(settings.Format, context).Write(batch, text);
        Emit(stdout, settings.Output, text.ToString());
        var diffWriter = settings.Format == "table" && settings.Output is null ? stdout : stderr;
        foreach (var diff in diffs)
        {
            diffWriter.WriteLine();
            diff.Write(diffWriter, settings.Assumptions);
        }

        return ExitCodes.For(reports, settings.FailOn, settings.FailOnUnknown);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/> atomically, or to standard output
    /// (also for <c>-o /dev/stdout</c> and its aliases, which name this process's standard output).</summary>
    public static void Emit(TextWriter stdout, string? output, string text)
    {
        if (output is null || IsStdout(output))
        {
            stdout.Write(text);
            return;
        }

        try
        {
            AtomicFile.WriteAllText(output, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {output}: {e.Message}", e);
        }
    }

    /// <summary>True for <c>-</c> and the paths that name standard output.</summary>
    public static bool IsStdout(string output) => output is "-" or "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1";
}
