using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;
using Xunit.Abstractions;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>Every collector x fault cell ends in a status with a reason, never an exception (docs/reliability.md).</summary>
public sealed class CollectorFaultMatrixTest(ITestOutputHelper output)
{
    public static TheoryData<string> Cells() => new(FaultCells.All.Select(c => c.ToString()));

    [LinuxPrivilegedTheory]
    [MemberData(nameof(Cells))]
    public void Collect_Fault_EndsInStatusWithReason(string cell)
    {
        var fault = FaultCells.Named(cell);
        using var tree = new FaultTree();

        var result = fault.Run(tree);

        var status = Assert.Single(result.Statuses, s => s.Subject == fault.Subject);
        output.WriteLine($"CELL|{fault.Collector}|{fault.Fault}|{status.State}|{status.Reason?.Replace(tree.Root, "{root}", StringComparison.Ordinal)}");
        Assert.Equal(fault.State, status.State);
        Assert.Contains(fault.Reason.Replace("{root}", tree.Root, StringComparison.Ordinal), status.Reason ?? string.Empty, StringComparison.Ordinal);
        if (fault.State != CollectionState.Collected)
        {
            Assert.False(string.IsNullOrEmpty(status.Reason));
        }
    }
}
