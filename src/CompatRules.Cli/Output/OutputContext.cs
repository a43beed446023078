namespace CompatRules.Cli.Output;

/// <summary>What a formatter needs to know about the run beyond the reports.</summary>
public sealed record OutputContext
{
    /// <summary>For the table: use ANSI colours.</summary>
    public bool Color { get; init; }

    /// <summary>The time of the run; NFD feature files expire a day after it.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The input file as given on the command line (a snapshot or an inventory), or null for this machine
    /// and for standard input; SARIF results point at it.</summary>
    public string? InputFile { get; init; }
}
