using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>One cell of the fault matrix: a collector, a fault, how to set it up and run, and what must come out.</summary>
/// <param name="Collector">The collector's name.</param>
/// <param name="Fault">The fault, as named in docs/reliability.md.</param>
/// <param name="Run">Sets the fault up in the tree and runs the collector.</param>
/// <param name="Subject">The status subject to check.</param>
/// <param name="State">The state it must have.</param>
/// <param name="Reason">Text the reason must contain (the tree's root is written as {root}).</param>
internal sealed record FaultCell(string Collector, string Fault, Func<FaultTree, CollectorResult> Run, string Subject, CollectionState State, string Reason)
{
    public override string ToString() => Collector + " x " + Fault;
}
