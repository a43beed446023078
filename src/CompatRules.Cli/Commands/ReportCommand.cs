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
        var loading = new BackgroundLoad(source);
        ReportSettings settings;
        try
        {
            settings = ReportSettings.From(parse, options, services.Engine);
        }
        catch
        {
            loading.Abandon();
            throw;
        }

        var nodes = loading.Finish();
        using var release = nodes as IDisposable;
        if (nodes.Count == 0)
        {
            CliApplication.WriteWarnings(source, stderr);
            throw new CliException($"{source.Description} has no Node, so nothing was checked; include the nodes: " +
                "kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json");
        }

        var progress = cluster && services.StderrIsTerminal && nodes.Count > ProgressThreshold ? new ProgressBar(stderr, nodes.Count) : null;
        var diffs = new List<AssumeDiff>();
        var summary = cluster ? new ClusterSummary.Builder() : null;
        var exit = new ExitCodes.Tally(settings.FailOn, settings.FailOnUnknown);
        var context = new OutputContext { Color = services.Color && settings.Output is null, Now = services.Clock.GetUtcNow(), InputFile = source.InputFile };
        var formatter = (StreamingFormatter)ReportFormatters.Create(settings.Format, context);
        var rules = settings.FilterRules(services.Engine.Rules);
        WriteOutput(settings.Output, output =>
        {
            // Node after node: each is evaluated and written before the next is read, and nothing of it is kept
            // but its name in the cluster summary.
            var writer = formatter.Open(output, rules, cluster);
            var i = 0;
            foreach (var read in nodes)
            {
                var node = cluster && string.IsNullOrEmpty(read.Subject) ? read.WithSubject($"node-{i + 1}") : read;
                var before = settings.Filter(services.Engine.Evaluate(node));
                var after = before;
                var facts = node;
                if (settings.Assumptions.Count > 0)
                {
                    facts = settings.Assumptions.Aggregate(facts, (set, a) => a.Apply(set));
                    after = settings.Filter(services.Engine.Evaluate(facts));
                    diffs.Add(AssumeDiff.Compare(before, after));
                }

                writer.Add(after, ClusterSummary.NodeName(after, i), facts);
                summary?.Add(after);
                exit.Add(after);
                i++;
                progress?.Report(i);
            }

            writer.End(summary?.Build());
        });

        CliApplication.WriteWarnings(source, stderr);
        var diffWriter = settings.Format == "table" && settings.Output is null ? stdout : stderr;
        foreach (var diff in diffs)
        {
            diffWriter.WriteLine();
            diff.Write(diffWriter, settings.Assumptions);
        }

        return exit.Code;
    }

    /// <summary>Gives <paramref name="write"/> the destination: standard output (also for <c>-o /dev/stdout</c>),
    /// or <paramref name="output"/> written atomically (committed only when <paramref name="write"/> returns).</summary>
    private void WriteOutput(string? output, Action<Stream> write)
    {
        if (output is null || IsStdout(output))
        {
            stdout.Flush();
            var stream = services.OpenStdout?.Invoke() ?? new TextWriterStream(stdout);
            write(stream);
            stream.Flush();
            return;
        }

        try
        {
            using var file = AtomicFile.Open(output);
            write(file.Stream);
            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {output}: {e.Message}", e);
        }
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
