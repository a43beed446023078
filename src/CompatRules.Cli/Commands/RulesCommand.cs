using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Output;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary><c>rules list [--component X]</c> and <c>rules show ID</c>.</summary>
internal sealed class RulesCommand(TextWriter stdout, CliServices services)
{
    public Command Build()
    {
        var component = new Option<string?>("--component") { Description = "Only the rules about this component.", HelpName = "COMPONENT" };
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var output = ReportOptions.OutputOption();
        var list = new Command("list", "List the rules: id, severity, component and title (--format table or json).") { component, format, output };
        list.SetAction(parse => List(parse.GetValue(component), parse.GetValue(format)!, parse.GetValue(output)));

        var id = new Argument<string>("id") { Description = "The rule id, such as KOVN-TPROXY-MPTCP." };
        var show = new Command("show", "Show everything a rule declares: description, conditions, affected and fixed versions, remediation, references.") { id };
        show.SetAction(parse => Show(parse.GetValue(id)!));

        var graphOutput = ReportOptions.OutputOption();
        graphOutput.Required = true;
        graphOutput.Description = "The DGML file to write (atomically), such as rules.dgml.";
        var graph = new Command("graph", "Write the rule set's Rete network (NRules' schema) as DGML, for Visual Studio's DGML viewer or any XML tool.") { graphOutput };
        graph.SetAction(parse => Graph(parse.GetValue(graphOutput)!));

        return new Command("rules", "List, show and graph the rules.") { list, show, graph };
    }

    internal static RuleMetadata Find(RuleEngine engine, string id)
        => engine.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"no rule has id '{id}'{KnownNames.DidYouMean(id, engine.Rules.Select(r => r.Id))} (see 'compatrules rules list').");

    private int List(string? component, string format, string? output)
    {
        var components = KnownNames.Components(services.Engine);
        if (component is not null && !components.Contains(component.ToLowerInvariant()))
        {
            throw new CliException($"--component {component}: not a component{KnownNames.DidYouMean(component, components)} (components: {string.Join(", ", components.Order(StringComparer.Ordinal))}).");
        }

        var rules = services.Engine.Rules.Where(r => component is null || string.Equals(r.Component, component, StringComparison.OrdinalIgnoreCase)).ToList();
        var text = new StringWriter();
        if (format == "json")
        {
            WriteJson(text, rules);
        }
        else
        {
            // Columns as wide as their longest value, so that ids and components never run into the next column.
            var idWidth = rules.Select(r => r.Id.Length).Append("ID".Length).Max();
            var componentWidth = rules.Select(r => (r.Component ?? "-").Length).Append("COMPONENT".Length).Max();
            text.WriteLine($"{"ID".PadRight(idWidth)}  {"SEVERITY",-8}  {"COMPONENT".PadRight(componentWidth)}  TITLE");
            foreach (var rule in rules)
            {
                text.WriteLine(VisibleText.Terminal($"{rule.Id.PadRight(idWidth)}  {ReportJson.SeverityName(rule.Severity),-8}  {(rule.Component ?? "-").PadRight(componentWidth)}  {rule.Title}"));
            }
        }

        ReportCommand.Emit(stdout, output, text.ToString());
        return ExitCodes.Ok;
    }

    private int Graph(string output)
    {
        ReportCommand.Emit(stdout, output, services.Engine.ReteGraphDgml());
        return ExitCodes.Ok;
    }

    private int Show(string id)
    {
        var rule = Find(services.Engine, id);
        stdout.WriteLine($"{rule.Id}: {rule.Title}");
        stdout.WriteLine($"  severity:  {ReportJson.SeverityName(rule.Severity)}");
        stdout.WriteLine($"  component: {rule.Component ?? "-"}");
        WriteIf("tags", string.Join(", ", rule.Tags));
        WriteIf("description", rule.Description);
        WriteIf("symptom", rule.Symptom);
        WriteEach("condition", rule.Conditions);
        WriteEach("affects", rule.Affected.Select(a => a.ToString()));
        WriteEach("fixed in", rule.FixedIn.Select(f => f.ToString()));
        WriteEach("fix", rule.Remediation.Select((s, i) => $"{i + 1}. {s}"));
        WriteEach("reference", rule.References.Select(r => r.OriginalString));
        return ExitCodes.Ok;
    }

    private void WriteIf(string label, string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            stdout.WriteLine($"  {label}: {value}");
        }
    }

    private void WriteEach(string label, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            stdout.WriteLine($"  {label}: {value}");
        }
    }

    private static void WriteJson(TextWriter text, IEnumerable<RuleMetadata> rules)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("severity", ReportJson.SeverityName(rule.Severity));
                json.WriteString("component", rule.Component);
                json.WriteString("title", rule.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        text.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
