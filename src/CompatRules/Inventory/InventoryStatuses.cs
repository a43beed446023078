using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>The collection statuses every inventory node carries: what the Kubernetes API cannot show.</summary>
internal static class InventoryStatuses
{
    public const string NotInApi = "not visible in the Kubernetes API; run compatrules check on the node";

    public static IEnumerable<CollectionStatus> For(string? sourceName)
    {
        var provenance = new Provenance(SourceKind.Inventory, "inventory", sourceName);
        yield return new CollectionStatus(IptablesMode.FactKey, CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(SocketCapability.KeyPrefix + "*", CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(Sysctl.KeyPrefix + "*", CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(NetworkInterface.KeyPrefix + "*", CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(KernelConfig.FactKey, CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(KernelModules.FactKey, CollectionState.NotCollected, NotInApi) { Provenance = provenance };
        yield return new CollectionStatus(ComponentVersion.KeyPrefix + "*", CollectionState.Collected) { Provenance = provenance };
    }
}
