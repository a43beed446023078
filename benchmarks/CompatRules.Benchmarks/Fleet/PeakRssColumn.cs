using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>The summary column "Peak RSS": the highest resident set of the child processes a case started
/// (<see cref="PeakRssRecord"/>), in MB.</summary>
public sealed class PeakRssColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(PeakRssColumn);

    /// <inheritdoc/>
    public string ColumnName => "Peak RSS";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Size;

    /// <inheritdoc/>
    public string Legend => "Peak resident set of the compatrules process (VmHWM, read every 10 ms), the highest over the iterations";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => PeakRssRecord.Read(FleetFormatBenchmarks.KeyOf(benchmarkCase.Descriptor.WorkloadMethod.Name, NodesOf(benchmarkCase))) is { } bytes
            ? $"{bytes / (1024.0 * 1024.0):N0} MB"
            : "NA";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    private static int NodesOf(BenchmarkCase benchmarkCase)
        => (int)benchmarkCase.Parameters[nameof(FleetFormatBenchmarks.Nodes)];
}
