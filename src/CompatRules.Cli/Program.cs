namespace CompatRules.Cli;

/// <summary>The compatrules command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 nothing at or above the failing severity is affected, 1 something is, 2 usage or input error.</returns>
    public static int Main(string[] args)
    {
        var report = CompatEngine.Evaluate(Facts.FactSet.Empty);
        Console.WriteLine($"{report.Results.Length} rules loaded; the CLI is not written yet.");
        return args.Length == 0 ? 0 : 2;
    }
}
