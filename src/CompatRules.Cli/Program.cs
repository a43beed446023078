using CompatRules.Cli.Commands;

namespace CompatRules.Cli;

/// <summary>The compatrules command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the console.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 nothing at or above the failing severity is affected, 1 something is, 2 usage or input error.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, CliServices.ForConsole());

    /// <summary>Runs the tool in-process with the built-in rules, no terminal and no standard input.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors, progress and what-if diffs (for machine formats) go.</param>
    /// <returns>The exit code, as for <see cref="Main"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, new CliServices());

    /// <summary>Runs the tool in-process against <paramref name="services"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors, progress and what-if diffs (for machine formats) go.</param>
    /// <param name="services">The engine, fact sources and terminal state.</param>
    /// <returns>The exit code, as for <see cref="Main"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(services);
        return new CliApplication(stdout, stderr, services).Run(args);
    }
}
