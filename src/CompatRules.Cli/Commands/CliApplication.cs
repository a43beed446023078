using System.CommandLine;
using System.Text.Json;
using CompatRules.Cli.Output;
using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Cli.Commands;

/// <summary>Builds the command tree, parses, runs the chosen command and maps failures to exit code 2.</summary>
internal sealed class CliApplication(TextWriter stdout, TextWriter stderr, CliServices services)
{
    /// <summary>Real inventories skip many values (every env var set from a fieldRef); the first few show the kind.</summary>
    internal const int MaxWarningsShown = 5;

    public int Run(string[] args)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"compatrules: {error.Message}");
            }

            stderr.WriteLine("Run 'compatrules --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"compatrules: {VisibleText.Terminal(e.Message)}");
        }
        catch (Exception e) when (e is NotSupportedException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"compatrules: {VisibleText.Terminal(e.Message)}");
        }

        return ExitCodes.UsageOrInput;
    }

    /// <summary>Reads a source, turning any failure into a <see cref="CliException"/> naming the source and, for JSON,
    /// the path and line, and writes what the source read past to <paramref name="stderr"/> as warnings.</summary>
    internal static IReadOnlyList<FactSet> Load(IFactSource source, TextWriter stderr)
    {
        var facts = Read(source, s => s.LoadAsync(CancellationToken.None));
        WriteWarnings(source, stderr);
        return facts;
    }

    /// <summary>Opens a source for reading node by node (<see cref="IFactSource.OpenAsync"/>), turning any failure
    /// into a <see cref="CliException"/> as <see cref="Load"/> does; the caller writes the warnings
    /// (<see cref="WriteWarnings"/>) once it has enumerated the nodes.</summary>
    internal static IReadOnlyCollection<FactSet> Open(IFactSource source)
        => Read(source, s => s.OpenAsync(CancellationToken.None));

    /// <summary>Writes the first warnings of <paramref name="source"/> to <paramref name="stderr"/>, and how many more there are.</summary>
    internal static void WriteWarnings(IFactSource source, TextWriter stderr)
    {
        var warnings = source.Warnings;
        foreach (var warning in warnings.Take(MaxWarningsShown))
        {
            stderr.WriteLine($"compatrules: warning: {VisibleText.Terminal(warning)}");
        }

        if (warnings.Count > MaxWarningsShown)
        {
            stderr.WriteLine($"compatrules: warning: {warnings.Count - MaxWarningsShown} more warning(s) about {source.Description} not shown");
        }
    }

    private static T Read<T>(IFactSource source, Func<IFactSource, Task<T>> read)
    {
        try
        {
            return read(source).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException and not CliException)
        {
            var message = e is JsonException json
                ? InputLocation.Format(source.Description, json.LineNumber + 1, json.Path, json.Message)
                : $"{source.Description}: {e.Message}";
            throw new CliException(message, e);
        }
    }

    private RootCommand BuildRoot()
    {
        var reports = new ReportCommand(stdout, stderr, services);
        var root = new RootCommand("Tells whether a node's kernel, iptables backend and networking components are known to break each other.");
        var rootOptions = new ReportOptions();
        rootOptions.AddTo(root);
        var rootHostRoot = HostRootOption();
        var rootNodeName = NodeNameOption();
        root.Add(rootHostRoot);
        root.Add(rootNodeName);
        root.SetAction(parse => reports.Run(parse, rootOptions, LocalFacts(parse, rootHostRoot, rootNodeName), cluster: false));

        var checkOptions = new ReportOptions();
        var checkHostRoot = HostRootOption();
        var checkNodeName = NodeNameOption();
        var check = new Command("check", "Collect this machine's facts, evaluate them and print the report (the default command).") { checkHostRoot, checkNodeName };
        checkOptions.AddTo(check);
        check.SetAction(parse => reports.Run(parse, checkOptions, LocalFacts(parse, checkHostRoot, checkNodeName), cluster: false));
        root.Add(check);

        var collectHostRoot = HostRootOption();
        var collectNodeName = NodeNameOption();
        var collectOutput = ReportOptions.OutputOption();
        var collect = new Command("collect", "Collect this machine's facts and write them as a snapshot (-o FILE, or standard output).") { collectHostRoot, collectNodeName, collectOutput };
        collect.SetAction(parse => Collect(parse, LocalFacts(parse, collectHostRoot, collectNodeName), collectOutput));
        root.Add(collect);

        var evaluateOptions = new ReportOptions();
        var snapshot = new Argument<string>("file") { Description = "A facts snapshot written by 'compatrules collect'." };
        var evaluate = new Command("evaluate", "Evaluate a facts snapshot taken elsewhere.") { snapshot };
        evaluateOptions.AddTo(evaluate);
        evaluate.SetAction(parse => reports.Run(parse, evaluateOptions, services.SnapshotFacts(parse.GetValue(snapshot)!), cluster: false));
        root.Add(evaluate);

        var clusterOptions = new ReportOptions();
        var inventory = new Argument<string?>("inventory") { Arity = ArgumentArity.ZeroOrOne, Description = "The JSON List of 'kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json', or - for standard input; omit with --kubeconfig." };
        var kubeconfig = new Option<string?>("--kubeconfig") { Arity = ArgumentArity.ZeroOrOne, Description = "Read the live cluster through its API server: this kubeconfig (none: $KUBECONFIG, ~/.kube/config or the in-cluster service account)." };
        var context = new Option<string?>("--context") { Description = "The kubeconfig context (with --kubeconfig)." };
        var cluster = new Command("cluster", "Evaluate every node of a cluster inventory and summarise by finding.") { inventory, kubeconfig, context };
        clusterOptions.AddTo(cluster);
        cluster.SetAction(parse => reports.Run(parse, clusterOptions, parse.GetResult(kubeconfig) is not null || parse.GetResult(context) is not null || parse.GetValue(inventory) is null
            ? new ClusterApiSource(parse.GetValue(kubeconfig), parse.GetValue(context), services.StderrIsTerminal ? stderr : null) : services.InventoryFacts(parse.GetValue(inventory)!, services.Stdin), cluster: true));
        root.Add(cluster);

        root.Add(new RulesCommand(stdout, services).Build());
        root.Add(new ExplainCommand(stdout, stderr, services).Build());
        return root;
    }

    private int Collect(ParseResult parse, IFactSource source, Option<string?> output)
    {
        var facts = Load(source, stderr);
        var text = string.Concat(facts.Select(services.SerializeSnapshot));
        ReportCommand.Emit(stdout, parse.GetValue(output), text);
        return ExitCodes.Ok;
    }

    /// <summary>This machine's facts, about the node <c>--node-name</c> names, else <c>NODE_NAME</c>, else the host
    /// name the collection found.</summary>
    /// <exception cref="CliException"><c>--node-name</c> is empty.</exception>
    private IFactSource LocalFacts(ParseResult parse, Option<string?> hostRoot, Option<string?> nodeName)
    {
        var name = parse.GetValue(nodeName);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new CliException("--node-name: empty; give the node's name, such as the DaemonSet's spec.nodeName.");
        }

        name ??= string.IsNullOrWhiteSpace(services.NodeNameVariable) ? null : services.NodeNameVariable;
        return new NodeNamedSource(services.LocalFacts(parse.GetValue(hostRoot)), name);
    }

    private static Option<string?> NodeNameOption()
        => new("--node-name") { Description = "The node's name in the report (default: $NODE_NAME, then the host name); the DaemonSet sample sets NODE_NAME from spec.nodeName.", HelpName = "NAME" };

    private static Option<string?> HostRootOption()
        => new("--host-root") { Description = "The host's root file system when running in a pod, such as /host.", HelpName = "DIR" };
}
