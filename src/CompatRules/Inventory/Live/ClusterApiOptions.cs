namespace CompatRules.Inventory.Live;

/// <summary>How <see cref="ClusterApi"/> reaches the API server.</summary>
public sealed class ClusterApiOptions
{
    /// <summary>The kubeconfig file; null for the in-cluster service account when running in a pod, else the default
    /// kubeconfig (<c>$KUBECONFIG</c> or <c>~/.kube/config</c>).</summary>
    public string? KubeconfigPath { get; set; }

    /// <summary>The kubeconfig context; null for its current context.</summary>
    public string? Context { get; set; }

    /// <summary>How many objects one list request asks for (<c>limit</c>); the rest come with <c>continue</c>. 500 by default.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>How long one request may take; 30 s by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Told after each page: the resource and how many of its objects were read so far.</summary>
    public IProgress<(string Resource, int Read)>? Progress { get; set; }

    /// <summary>The cap on the objects read, as JSON bytes, as for a dump file (<see cref="InventoryOptions.MaxBytes"/>).</summary>
    public InventoryOptions Inventory { get; set; } = new();
}
