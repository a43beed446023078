using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz.Afl;

/// <summary>Runs saved inputs once each through a target, outside AFL: corpus replay and crash triage.</summary>
internal static class AflReplay
{
    public static int Run(FuzzTarget target, IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                target.Run(AflInput.Read(stream, target.MaxLength));
            }
            catch (Exception e)
            {
                failed++;
                Console.Error.WriteLine($"{target.Name}: {file}: {e.GetType().Name}: {e.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
