using System.Net.Sockets;
using CompatRules.Collectors.Tests.RealContainerd.Cri;
using Grpc.Net.Client;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>The kubelet's side of the CRI, as far as the test needs it: runs hostNetwork pods through containerd's
/// CRI plugin on its unix socket (RunPodSandbox, CreateContainer, StartContainer), so containerd writes the
/// <c>io.kubernetes.cri.*</c> annotations, the environment and the command line into each task's
/// <c>config.json</c> itself, and removes them again.</summary>
internal sealed class CriClient : IDisposable
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);
    private readonly GrpcChannel _channel;
    private readonly RuntimeService.RuntimeServiceClient _runtime;
    private readonly ImageService.ImageServiceClient _images;

    public CriClient(string socket)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), ct);
                return new NetworkStream(connection, ownsSocket: true);
            },
        };
        _channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = handler });
        _runtime = new RuntimeService.RuntimeServiceClient(_channel);
        _images = new ImageService.ImageServiceClient(_channel);
    }

    /// <summary>Waits until the CRI plugin's image store holds <paramref name="reference"/> (it learns of an
    /// imported image from containerd's events, a moment after <c>ctr images import</c> returns).</summary>
    public async Task WaitForImageAsync(string reference)
    {
        var until = DateTime.UtcNow + CallLimit;
        while ((await _images.ImageStatusAsync(new ImageStatusRequest { Image = new ImageSpec { Image = reference } }, deadline: Deadline())).Image is null)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"the CRI plugin does not see the imported image {reference}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Runs <paramref name="pod"/> on the node's network under <paramref name="cgroupParent"/> and starts
    /// its containers; <paramref name="sandboxCreated"/> hears the sandbox id before any container is created.</summary>
    public async Task<RunningPod> RunAsync(TestPod pod, string cgroupParent, Action<string> sandboxCreated)
    {
        var sandbox = new PodSandboxConfig
        {
            Metadata = new PodSandboxMetadata { Name = pod.Name, Namespace = pod.Namespace, Uid = pod.Uid },
            Linux = new LinuxPodSandboxConfig
            {
                CgroupParent = cgroupParent,
                SecurityContext = new LinuxSandboxSecurityContext { NamespaceOptions = new NamespaceOption { Network = NamespaceMode.Node } },
            },
        };
        var sandboxId = (await _runtime.RunPodSandboxAsync(new RunPodSandboxRequest { Config = sandbox }, deadline: Deadline())).PodSandboxId;
        sandboxCreated(sandboxId);
        var containers = new List<string>();
        foreach (var container in pod.Containers)
        {
            var config = new ContainerConfig
            {
                Metadata = new ContainerMetadata { Name = container.Name },
                Image = new ImageSpec { Image = container.Image },
                Command = { container.Command },
                Args = { container.Args },
                Envs = { container.Environment.Select(e => new KeyValue { Key = e.Key, Value = e.Value }) },
                Mounts = { container.Mounts.Select(m => new Mount { ContainerPath = m.ContainerPath, HostPath = m.HostPath, Readonly = true }) },
            };
            var id = (await _runtime.CreateContainerAsync(new CreateContainerRequest { PodSandboxId = sandboxId, Config = config, SandboxConfig = sandbox }, deadline: Deadline())).ContainerId;
            await _runtime.StartContainerAsync(new StartContainerRequest { ContainerId = id }, deadline: Deadline());
            containers.Add(id);
        }

        return new RunningPod(sandboxId, containers);
    }

    /// <summary>Stops the pod's sandbox (its containers are killed) and removes it, as the kubelet does when a pod goes.</summary>
    public async Task RemoveAsync(string sandboxId)
    {
        await _runtime.StopPodSandboxAsync(new StopPodSandboxRequest { PodSandboxId = sandboxId }, deadline: Deadline());
        await _runtime.RemovePodSandboxAsync(new RemovePodSandboxRequest { PodSandboxId = sandboxId }, deadline: Deadline());
    }

    public void Dispose() => _channel.Dispose();

    private static DateTime Deadline() => DateTime.UtcNow + CallLimit;
}
