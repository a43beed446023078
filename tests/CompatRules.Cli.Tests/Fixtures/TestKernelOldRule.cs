using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>Kernel rule of low severity.</summary>
[RuleId("TEST-KERNEL-OLD")]
[Title("Kernel older than 5.0")]
[Severity(Severity.Low)]
public sealed class TestKernelOldRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Version.Major < 5);
        Then().Report();
    }
}
