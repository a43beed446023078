using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Cli;

/// <summary>What the CLI runs against: the rule engine, where facts come from and what the terminal is.
/// Tests replace parts of it; <see cref="Program.Main"/> uses <see cref="ForConsole"/>.</summary>
public sealed class CliServices
{
    private RuleEngine? _engine;

    /// <summary>The rule engine; the built-in rules by default, built on first use (so <c>--help</c> and usage
    /// errors do not pay for compiling them).</summary>
    public RuleEngine Engine
    {
        get => _engine ??= CompatEngine.Default;
        init => _engine = value;
    }

    /// <summary>Makes the source for <c>check</c> and <c>collect</c> from the <c>--host-root</c> value (null when not given).</summary>
    public Func<string?, IFactSource> LocalFacts { get; init; } = hostRoot => new LocalCollectionSource(hostRoot);

    /// <summary>Makes the source for a facts snapshot file.</summary>
    public Func<string, IFactSource> SnapshotFacts { get; init; } = path => new SnapshotFileSource(path);

    /// <summary>Makes the source for a cluster inventory file, or <c>-</c> for <see cref="Stdin"/>.</summary>
    public Func<string, Stream, IFactSource> InventoryFacts { get; init; } = (path, stdin) => new InventorySource(path, stdin);

    /// <summary>Turns a fact set into snapshot text for <c>collect</c>.</summary>
    public Func<FactSet, string> SerializeSnapshot { get; init; } = SnapshotWriter.Serialize;

    /// <summary>Standard input as bytes, read by <c>cluster -</c> (with the inventory reader's size limit and UTF-8
    /// checks, as for a file).</summary>
    public Stream Stdin { get; init; } = Stream.Null;

    /// <summary>Opens standard output as bytes for the report formats, or null to write through the text writer.</summary>
    public Func<Stream>? OpenStdout { get; init; }

    /// <summary>The clock: the time of the run, which NFD feature files expire a day after.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>True when the table may use colour: standard output is a terminal and <c>NO_COLOR</c> is unset.</summary>
    public bool Color { get; init; }

    /// <summary>True when standard error is a terminal, so that a progress bar may be drawn on it.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>The value of the <c>NODE_NAME</c> environment variable (which the DaemonSet sample sets from
    /// <c>spec.nodeName</c>), or null when it is not set: the node name of <c>check</c> and <c>collect</c> when
    /// <c>--node-name</c> is not given.</summary>
    public string? NodeNameVariable { get; init; }

    /// <summary>The services for a real run: the console's standard input and terminal state.</summary>
    /// <returns>The services.</returns>
    public static CliServices ForConsole() => new()
    {
        Stdin = Console.OpenStandardInput(),
        OpenStdout = Console.OpenStandardOutput,
        Color = UseColor(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
        StderrIsTerminal = !Console.IsErrorRedirected,
        NodeNameVariable = Environment.GetEnvironmentVariable("NODE_NAME"),
    };

    /// <summary>Whether the table may use colour: only on a terminal, and not when <c>NO_COLOR</c> is set to a
    /// non-empty value (https://no-color.org).</summary>
    /// <param name="outputRedirected">True when standard output is not a terminal.</param>
    /// <param name="noColor">The value of the <c>NO_COLOR</c> environment variable, or null when it is not set.</param>
    /// <returns>True when colour may be used.</returns>
    public static bool UseColor(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);
}
