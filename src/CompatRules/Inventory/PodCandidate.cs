using CompatRules.Json;
using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>A pod competing to speak for its workload on one node: a running pod beats a terminating or pending one,
/// and the newest wins a tie (inventory.md §6).</summary>
internal sealed record PodCandidate(JsonElement Pod, string Path, string Namespace, string Name, string NodeName, int Rank, string CreationTimestamp)
{
    public static int RankOf(JsonElement pod)
    {
        var phase = JsonAccess.String(pod, "status", "phase");
        var deleting = JsonAccess.String(pod, "metadata", "deletionTimestamp") is not null;
        return phase switch
        {
            "Running" when !deleting => 4,
            "Running" => 3,
            "Pending" when !deleting => 2,
            "Pending" => 1,
            _ => 0,
        };
    }

    public bool Beats(PodCandidate other)
        => Rank != other.Rank ? Rank > other.Rank : string.CompareOrdinal(CreationTimestamp, other.CreationTimestamp) > 0;
}
