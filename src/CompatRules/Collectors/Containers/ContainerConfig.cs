namespace CompatRules.Collectors.Containers;

/// <summary>What a running container's OCI <c>config.json</c> says about it, from the CRI annotations the container
/// runtime writes there and the process it runs.</summary>
/// <param name="Type">The CRI container type: <c>container</c>, or <c>sandbox</c> for a pod's pause container.</param>
/// <param name="Name">The container's name in its pod (<c>io.kubernetes.cri.container-name</c>).</param>
/// <param name="Image">The image reference the kubelet asked for (<c>io.kubernetes.cri.image-name</c>).</param>
/// <param name="PodNamespace">The pod's namespace (<c>io.kubernetes.cri.sandbox-namespace</c>).</param>
/// <param name="PodName">The pod's name (<c>io.kubernetes.cri.sandbox-name</c>).</param>
/// <param name="Environment">The process's environment, <c>NAME=value</c> split at the first <c>=</c>.</param>
internal sealed record ContainerConfig(
    string? Type,
    string? Name,
    string? Image,
    string? PodNamespace,
    string? PodName,
    IReadOnlyList<KeyValuePair<string, string>> Environment)
{
    /// <summary>The process's command line (<c>process.args</c>), string entries only.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The process's working directory (<c>process.cwd</c>), which a relative path on the command line is under.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The container's mounts, with a destination and a source each.</summary>
    public IReadOnlyList<ContainerMount> Mounts { get; init; } = [];

    /// <summary>The root file system (<c>root.path</c>): absolute, or relative to the bundle (the config's directory).</summary>
    public string? RootPath { get; init; }

    /// <summary>True for a pod's sandbox (pause) container, which runs no component.</summary>
    public bool IsSandbox => string.Equals(Type, "sandbox", StringComparison.Ordinal);
}
