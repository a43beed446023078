namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>A pod the test runs: its name and namespace and its containers.</summary>
internal sealed record TestPod(string Namespace, string Name, IReadOnlyList<TestContainer> Containers);

/// <summary>A container of a <see cref="TestPod"/>, given as a pod spec gives it.</summary>
internal sealed record TestContainer(string Name, string Image, string[] Command, string[] Args, IReadOnlyList<KeyValuePair<string, string>> Environment);

/// <summary>A pod the CRI plugin runs: its sandbox id and its containers' ids (their task directories' names).</summary>
internal sealed record RunningPod(string SandboxId, IReadOnlyList<string> ContainerIds);
