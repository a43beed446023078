using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Cli.Commands;

/// <summary>One <c>--assume component=version</c> what-if value: the fact it puts into every fact set.</summary>
/// <param name="Text">The option value as given.</param>
/// <param name="Subject">The component, or <c>kernel</c>.</param>
/// <param name="Version">The version text.</param>
internal sealed record Assumption(string Text, string Subject, string Version)
{
    public const string Kernel = "kernel";

    /// <summary>Parses and validates <paramref name="text"/>.</summary>
    /// <exception cref="CliException">Not <c>name=version</c>, or the version does not parse.</exception>
    public static Assumption Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new CliException($"--assume {text}: expected component=version, such as calico=3.28.1 or kernel=5.15.0-91-generic.");
        }

        var assumption = new Assumption(text, text[..equals].Trim().ToLowerInvariant(), text[(equals + 1)..].Trim());
        try
        {
            _ = assumption.Apply(FactSet.Empty);
        }
        catch (VersionFormatException e)
        {
            throw new CliException($"--assume {text}: {e.Message}", e);
        }

        return assumption;
    }

    /// <summary>A copy of <paramref name="facts"/> with this value in place of the kernel or the component's versions.</summary>
    public FactSet Apply(FactSet facts)
    {
        var provenance = Provenance.FromUser("--assume " + Text);
        Fact fact = Subject == Kernel
            ? new KernelInfo(KernelVersion.Parse(Version), facts.OfType<KernelInfo>().FirstOrDefault()?.Architecture) { Provenance = provenance }
            : new ComponentVersion(Subject, SoftwareVersion.Parse(Version)) { Provenance = provenance };
        return facts.WithReplaced(fact);
    }
}
