using Spectre.Console;

// The same 56 rows as HandTable through Spectre.Console's Table, every value escaped (Markup.Escape) as input must be.
var rows = Enumerable.Range(0, 56)
    .Select(i => (Outcome: i % 3 == 0 ? "UNKNOWN" : "NOT AFFECTED", Severity: "high", Id: $"RULE-{i:D3}-SOME-LONGER-ID", Title: $"Title of rule {i} that is about as long as a real one"))
    .ToList();
var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out) });
var table = new Table().Border(TableBorder.None).AddColumn("Outcome").AddColumn("Severity").AddColumn("Rule").AddColumn("Title");
foreach (var row in rows)
{
    table.AddRow(Markup.Escape(row.Outcome), Markup.Escape(row.Severity), Markup.Escape(row.Id), Markup.Escape(row.Title));
}

console.Write(table);
console.WriteLine($"Summary: {rows.Count} rules");
