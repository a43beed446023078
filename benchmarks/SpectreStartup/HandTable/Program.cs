// 56 rule lines the way src/CompatRules.Cli/Output/TableFormatter.cs writes them: padded columns, one line per row.
var rows = Enumerable.Range(0, 56)
    .Select(i => (Outcome: i % 3 == 0 ? "UNKNOWN" : "NOT AFFECTED", Severity: "high", Id: $"RULE-{i:D3}-SOME-LONGER-ID", Title: $"Title of rule {i} that is about as long as a real one"))
    .ToList();
var output = Console.Out;
foreach (var row in rows)
{
    output.WriteLine($"  {row.Outcome,-14}  {row.Severity,-8}  {row.Id}  {row.Title}");
}

output.WriteLine($"Summary: {rows.Count} rules");
