namespace CompatRules.Collectors.Tests.Support;

/// <summary>Tests that count the process's threads, and the real-containerd tests (their mounts can autoload a
/// module that NamespaceReadOnlyTest watches, their gRPC client adds threads), run with no other test class beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
