using CompatRules.Fuzz.Targets;
using CompatRules.Fuzz.Harness;
using SharpFuzz;

namespace CompatRules.Fuzz.Afl;

/// <summary>
/// Runs the fuzz targets under AFL++ through SharpFuzz (coverage-guided), and writes their seeds and dictionaries
/// for afl-fuzz. <c>tests/CompatRules.Fuzz/Afl/campaign.sh</c> instruments the library and drives it.
/// </summary>
/// <remarks>
/// <c>targets</c> lists the targets; <c>seeds TARGET DIR</c> writes the target's seed inputs to DIR/seeds and its
/// dictionary to DIR/dict; <c>afl TARGET</c> is the program afl-fuzz runs (input on stdin): a case that breaks the
/// target's contract (an undocumented exception, a broken invariant) escapes as a crash; <c>replay TARGET FILE...</c>
/// runs inputs once each without AFL, for corpus replay and crash triage.
/// </remarks>
public static class AflProgram
{
    /// <summary>The entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 1 when a replayed input crashes, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["targets"]:
                foreach (var target in FuzzTargets.All)
                {
                    Console.WriteLine(target.Name);
                }

                return 0;
            case ["seeds", var name, var directory] when FuzzTargets.Find(name) is { } target:
                AflSeeds.Write(target, directory);
                return 0;
            case ["afl", var name]:
                RunUnderAfl(name);
                return 0;
            case ["replay", var name, .. var files] when FuzzTargets.Find(name) is { } target:
                return AflReplay.Run(target, files);
            default:
                Console.Error.WriteLine("usage: CompatRules.Fuzz targets | seeds TARGET DIR | afl TARGET | replay TARGET FILE...");
                return 2;
        }
    }

    /// <summary>The library is instrumented: none of its code may run before SharpFuzz has set up AFL's shared
    /// memory, so even the target list is built inside the first run.</summary>
    private static void RunUnderAfl(string name)
    {
        FuzzTarget? chosen = null;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            chosen ??= FuzzTargets.Find(name) ?? throw new ArgumentException($"no fuzz target '{name}'");
            chosen.Run(AflInput.Read(stream, chosen.MaxLength));
        });
    }
}
