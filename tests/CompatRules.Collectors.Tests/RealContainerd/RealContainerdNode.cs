namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>A private containerd running calico-node and kube-proxy pods through its CRI plugin, shared by the
/// tests of a class; nothing is started where <see cref="RealContainerdFactAttribute"/> skips them.</summary>
public sealed class RealContainerdNode : IAsyncLifetime
{
    internal PrivateContainerd Containerd { get => field ?? throw new InvalidOperationException("the private containerd is not running"); private set; }

    internal RunningPod Calico { get; private set; } = null!;

    internal RunningPod KubeProxy { get; private set; } = null!;

    /// <summary>The node directory of kube-proxy's ConfigMap volume (kubelet's layout, <c>..data</c> links).</summary>
    internal string KubeProxyVolume { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (RealContainerdFactAttribute.SkipReason() is not null)
        {
            return;
        }

        Containerd = PrivateContainerd.Start();
        try
        {
            await Containerd.ImportAsync(ComponentImages.All);
            Calico = await Containerd.RunAsync(ComponentImages.CalicoNode);
            KubeProxyVolume = Containerd.ConfigMapVolume(ComponentImages.KubeProxyUid, "kube-proxy", "config.conf", ComponentImages.KubeadmConfig);
            KubeProxy = await Containerd.RunAsync(ComponentImages.KubeProxyPod(KubeProxyVolume));
        }
        catch (Exception e)
        {
            var log = Containerd.Log();
            Containerd.Dispose();
            throw new InvalidOperationException($"{e.Message}\ncontainerd's log:\n{log}", e);
        }
    }

    public Task DisposeAsync()
    {
        if (RealContainerdFactAttribute.SkipReason() is null)
        {
            Containerd.Dispose(); // a second time after a failed start does nothing
        }

        return Task.CompletedTask;
    }
}
