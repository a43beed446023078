namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>A pod the test runs: its name, namespace and uid (the kubelet's volume directories are named by it) and
/// its containers.</summary>
internal sealed record TestPod(string Namespace, string Name, string Uid, IReadOnlyList<TestContainer> Containers);

/// <summary>A container of a <see cref="TestPod"/>, given as a pod spec gives it; <see cref="Mounts"/> are the
/// kubelet's bind mounts (the container path and the node directory).</summary>
internal sealed record TestContainer(string Name, string Image, string[] Command, string[] Args, IReadOnlyList<KeyValuePair<string, string>> Environment)
{
    public IReadOnlyList<(string ContainerPath, string HostPath)> Mounts { get; init; } = [];
}

/// <summary>A pod the CRI plugin runs: its sandbox id and its containers' ids (their task directories' names).</summary>
internal sealed record RunningPod(string SandboxId, IReadOnlyList<string> ContainerIds);
