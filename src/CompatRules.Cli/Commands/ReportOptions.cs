using System.CommandLine;
using CompatRules.Cli.Output;

namespace CompatRules.Cli.Commands;

/// <summary>The options of the report commands (check, evaluate, cluster, and the root command, which is check). Each
/// command gets its own instance, so that help lists them per command and no other command accepts them.</summary>
internal sealed class ReportOptions
{
    public static readonly string[] Severities = ["info", "low", "medium", "high", "critical"];

    public ReportOptions()
    {
        Format.AcceptOnlyFromAmong([.. ReportFormatters.Names]);
        FailOn.AcceptOnlyFromAmong(Severities);
    }

    public Option<string> Format { get; } = new("--format") { Description = "Output format: table, json, sarif, junit, nfd or prometheus.", DefaultValueFactory = _ => "table" };

    public Option<string?> Output { get; } = OutputOption();

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a rule of this severity or worse is Affected.", DefaultValueFactory = _ => "high" };

    public Option<bool> FailOnUnknown { get; } = new("--fail-on-unknown") { Description = "Also exit 1 when a rule is Unknown or in Error." };

    public Option<string[]> Skip { get; } = new("--skip") { Description = "Leave out the rule with this id (repeatable).", HelpName = "ID" };

    public Option<string?> Only { get; } = new("--only") { Description = "Report only the rules about this component.", HelpName = "COMPONENT" };

    public Option<string[]> Assume { get; } = new("--assume") { Description = "What-if: component=version or kernel=RELEASE (repeatable, one per name).", HelpName = "NAME=VERSION" };

    /// <summary>A fresh <c>-o, --output FILE</c>, for the commands that write a file.</summary>
    public static Option<string?> OutputOption() => new("--output", "-o") { Description = "Write to FILE (atomically) instead of standard output.", HelpName = "FILE" };

    public void AddTo(Command command)
    {
        command.Add(Format);
        command.Add(Output);
        command.Add(FailOn);
        command.Add(FailOnUnknown);
        command.Add(Skip);
        command.Add(Only);
        command.Add(Assume);
    }
}
