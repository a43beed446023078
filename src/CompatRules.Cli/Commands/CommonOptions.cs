using System.CommandLine;
using CompatRules.Cli.Output;

namespace CompatRules.Cli.Commands;

/// <summary>The options every report command takes, declared once on the root command and inherited.</summary>
internal sealed class CommonOptions
{
    public static readonly string[] Severities = ["info", "low", "medium", "high", "critical"];

    public CommonOptions()
    {
        Format.AcceptOnlyFromAmong([.. ReportFormatters.Names]);
        FailOn.AcceptOnlyFromAmong(Severities);
    }

    public Option<string> Format { get; } = new("--format") { Description = "Output format: table, json, sarif, junit, nfd or prometheus.", DefaultValueFactory = _ => "table", Recursive = true };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write to FILE (atomically) instead of standard output.", HelpName = "FILE", Recursive = true };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a rule of this severity or worse is Affected.", DefaultValueFactory = _ => "high", Recursive = true };

    public Option<bool> FailOnUnknown { get; } = new("--fail-on-unknown") { Description = "Also exit 1 when a rule is Unknown or in Error.", Recursive = true };

    public Option<string[]> Skip { get; } = new("--skip") { Description = "Leave out the rule with this id (repeatable).", HelpName = "ID", Recursive = true };

    public Option<string?> Only { get; } = new("--only") { Description = "Report only the rules about this component.", HelpName = "COMPONENT", Recursive = true };

    public Option<string[]> Assume { get; } = new("--assume") { Description = "What-if: component=version or kernel=RELEASE (repeatable).", HelpName = "NAME=VERSION", Recursive = true };

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
