using System.CommandLine;
using CompatRules.Cli.Output;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary><c>explain ID --facts FILE [--format text|json]</c>: the rule's outcome over a snapshot and, for each
/// pattern and condition, how many facts were considered and passed.</summary>
internal sealed class ExplainCommand(TextWriter stdout, TextWriter stderr, CliServices services)
{
    public Command Build()
    {
        var id = new Argument<string>("id") { Description = "The rule id." };
        var facts = new Option<string>("--facts") { Description = "A facts snapshot written by 'compatrules collect'.", HelpName = "FILE", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var explain = new Command("explain", "Explain one rule over a facts snapshot: its outcome and which conditions held.") { id, facts, format };
        explain.SetAction(parse => Explain(parse.GetValue(id)!, parse.GetValue(facts)!, parse.GetValue(format)!));
        return explain;
    }

    private int Explain(string id, string factsPath, string format)
    {
        var rule = RulesCommand.Find(services.Engine, id);
        var sets = CliApplication.Load(services.SnapshotFacts(factsPath), stderr);
        foreach (var set in sets)
        {
            var explanation = services.Engine.Explain(rule.Id, set);
            if (format == "json")
            {
                stdout.Flush();
                var stream = services.OpenStdout?.Invoke() ?? new TextWriterStream(stdout);
                ExplanationJson.Write(stream, set.Subject, explanation);
                stream.Flush();
            }
            else
            {
                WriteText(explanation);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>The text form, built from the model so that every value from the input is escaped on its own line.</summary>
    private void WriteText(Explanation explanation)
    {
        var result = explanation.Result;
        Line($"{result.RuleId}: {result.Outcome}");
        foreach (var missing in result.MissingFacts)
        {
            Line($"  missing: {missing}");
        }

        foreach (var pattern in explanation.Patterns)
        {
            var state = ExplanationJson.State(pattern) switch { "held" => "held", "failed" => "FAILED", _ => "not reached" };
            Line($"  {state}  {pattern.Name} ({pattern.FactType}, {pattern.Candidates} candidate(s))");
            foreach (var condition in pattern.Conditions)
            {
                Line($"      {condition.Passed}/{condition.Tested} passed  {condition.Text}");
            }
        }

        foreach (var evidence in result.Evidence)
        {
            Line($"  evidence: {evidence.Description} [{evidence.Provenance}]");
        }

        foreach (var note in result.Notes)
        {
            Line($"  note: {note}");
        }
    }

    private void Line(string text) => stdout.WriteLine(VisibleText.Terminal(text));
}
