using System.CommandLine;
using CompatRules.Cli.Output;

namespace CompatRules.Cli.Commands;

/// <summary><c>explain ID --facts FILE</c>: the rule's outcome over a snapshot and which conditions held.</summary>
internal sealed class ExplainCommand(TextWriter stdout, TextWriter stderr, CliServices services)
{
    public Command Build()
    {
        var id = new Argument<string>("id") { Description = "The rule id." };
        var facts = new Option<string>("--facts") { Description = "A facts snapshot written by 'compatrules collect'.", HelpName = "FILE", Required = true };
        var explain = new Command("explain", "Explain one rule over a facts snapshot: its outcome and which conditions held.") { id, facts };
        explain.SetAction(parse => Explain(parse.GetValue(id)!, parse.GetValue(facts)!));
        return explain;
    }

    private int Explain(string id, string factsPath)
    {
        var rule = RulesCommand.Find(services.Engine, id);
        var sets = CliApplication.Load(services.SnapshotFacts(factsPath), stderr);
        foreach (var set in sets)
        {
            var explanation = services.Engine.Explain(rule.Id, set);
            foreach (var line in explanation.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                stdout.WriteLine(VisibleText.Terminal(line));
            }

            foreach (var evidence in explanation.Result.Evidence)
            {
                stdout.WriteLine(VisibleText.Terminal($"  evidence: {evidence.Description} [{evidence.Provenance}]"));
            }

            foreach (var note in explanation.Result.Notes)
            {
                stdout.WriteLine(VisibleText.Terminal($"  note: {note}"));
            }
        }

        return ExitCodes.Ok;
    }
}
