using System.Diagnostics;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>
/// A containerd of the test's own: its root, socket and config in a temp directory, its state at
/// <c>&lt;temp&gt;/host/run/containerd</c> so that <see cref="HostRoot"/> is a host root whose
/// <c>/run/containerd/io.containerd.runtime.v2.task/k8s.io</c> is the live task state, the path the containers
/// collector reads, and <see cref="KubeletPods"/> shows in it at its own path. The CRI plugin runs with <c>restrict_oom_score_adj</c> (root here lacks CAP_SYS_RESOURCE) and
/// no CNI (hostNetwork pods only); pods get a cgroup parent of their own.
/// </summary>
/// <remarks>
/// <see cref="Dispose"/> leaves the machine as it was: pods stopped and removed, images removed, the daemon
/// stopped, any shim of this daemon that outlived it killed, mounts under the temp directory (the host view of the
/// volumes, the tasks' rootfs) detached, the temp
/// directory and the pods' cgroups removed, and what containerd's shims and runc always keep under
/// <c>/run/containerd</c> (whatever <c>state</c> says) removed when it was not there before.
/// </remarks>
internal sealed class PrivateContainerd : IDisposable
{
    private const string SharedRun = "/run/containerd";
    private readonly List<string> _sandboxes = [];
    private readonly List<string> _images = [];
    private readonly bool _sharedRunExisted = System.IO.Directory.Exists(SharedRun);
    private Process? _daemon;
    private bool _disposed;

    private PrivateContainerd()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("compatrules-ctrd-").FullName;
        System.IO.Directory.CreateDirectory(State);
        System.IO.Directory.CreateDirectory(KubeletPods);
        System.IO.Directory.CreateDirectory(HostRoot + KubeletPods);
        File.WriteAllText(ConfigPath, $"""
            version = 2
            root = "{Directory}/root"
            state = "{State}"
            [grpc]
              address = "{Address}"
            [ttrpc]
              address = "{Address}.ttrpc"
            [plugins."io.containerd.grpc.v1.cri"]
              sandbox_image = "{PauseImage}"
              restrict_oom_score_adj = true
              [plugins."io.containerd.grpc.v1.cri".cni]
                bin_dir = "{Directory}/cni/bin"
                conf_dir = "{Directory}/cni/conf"
            """);
    }

    /// <summary>The pause image the CRI plugin runs as each pod's sandbox (built from busybox, imported first).</summary>
    public const string PauseImage = "registry.k8s.io/pause:3.9";

    /// <summary>The temp directory that holds everything of this daemon.</summary>
    public string Directory { get; }

    /// <summary>A host root whose <c>/run/containerd</c> is this daemon's state directory.</summary>
    public string HostRoot => Directory + "/host";

    /// <summary>Where the pods' volumes are on the node, as the kubelet keeps them under <c>/var/lib/kubelet/pods</c>:
    /// a directory of the temp directory, bound into <see cref="HostRoot"/> at the same path, so that the host root
    /// shows the node's files where the node has them, as <c>/</c> mounted at <c>/host</c> in a pod does.</summary>
    public string KubeletPods => Directory + "/kubelet/pods";

    /// <summary>containerd's state directory (<c>state</c> in its config).</summary>
    public string State => HostRoot + "/run/containerd";

    /// <summary>The directory of the <c>k8s.io</c> namespace's task bundles, one per running container.</summary>
    public string TaskDirectory => State + "/io.containerd.runtime.v2.task/k8s.io";

    /// <summary>The daemon's gRPC socket.</summary>
    public string Address => Directory + "/containerd.sock";

    /// <summary>The cgroup every pod of this daemon is put under, removed on dispose.</summary>
    public string CgroupParent { get; } = "/compatrules-test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The CRI client of this daemon.</summary>
    public CriClient Cri => field ??= new CriClient(Address);

    private string ConfigPath => Directory + "/config.toml";

    private string LogPath => Directory + "/containerd.log";

    /// <summary>Starts a daemon and waits until it answers.</summary>
    public static PrivateContainerd Start()
    {
        var containerd = new PrivateContainerd();
        try
        {
            containerd.Launch();
            var until = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(containerd.Address) || !containerd.Answers())
            {
                if (containerd._daemon!.HasExited || DateTime.UtcNow > until)
                {
                    throw new InvalidOperationException($"containerd did not start: {containerd.Log()}");
                }

                Thread.Sleep(50);
            }

            return containerd;
        }
        catch
        {
            containerd.Dispose();
            throw;
        }
    }

    /// <summary>Binds the volumes into the host root and starts the daemon.</summary>
    private void Launch()
    {
        MachineCleanup.BindMount(KubeletPods, HostRoot + KubeletPods);
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "exec \"$0\" --config \"$1\" >\"$2\" 2>&1", ExecutableSearch.Find("containerd")!, ConfigPath, LogPath } };
        start.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        _daemon = Process.Start(start)!;
    }

    /// <summary>The daemon's log so far.</summary>
    public string Log() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log)";

    /// <summary>Runs <c>ctr</c> against this daemon in the <c>k8s.io</c> namespace.</summary>
    public string Ctr(params string[] arguments) => ProgramRun.Output(ExecutableSearch.Find("ctr")!, ["--address", Address, "--namespace", "k8s.io", .. arguments]);

    /// <summary>Imports <paramref name="images"/> as one OCI archive with <c>ctr images import</c> and waits until
    /// the CRI plugin sees each.</summary>
    public async Task ImportAsync(IReadOnlyList<BusyboxImage> images)
    {
        var archive = Directory + "/images.tar";
        OciArchive.Write(archive, images);
        _images.AddRange(images.Select(i => i.Reference));
        Ctr("images", "import", archive);
        foreach (var image in images)
        {
            await Cri.WaitForImageAsync(image.Reference);
        }
    }

    /// <summary>Writes a ConfigMap volume of the pod <paramref name="podUid"/> as the kubelet lays it out (a timestamped directory,
    /// <c>..data</c> linking to it, each key a link through <c>..data</c>) and returns its node directory.</summary>
    public string ConfigMapVolume(string podUid, string volume, string key, string text)
    {
        var directory = $"{KubeletPods}/{podUid}/volumes/kubernetes.io~configmap/{volume}";
        const string Timestamped = "..2026_12_01_12_00_00.1234567890";
        System.IO.Directory.CreateDirectory($"{directory}/{Timestamped}");
        File.WriteAllText($"{directory}/{Timestamped}/{key}", text);
        File.CreateSymbolicLink($"{directory}/..data", Timestamped);
        File.CreateSymbolicLink($"{directory}/{key}", $"..data/{key}");
        return directory;
    }

    /// <summary>Runs <paramref name="pod"/> through the CRI plugin; it is removed on dispose if the test does not.</summary>
    public Task<RunningPod> RunAsync(TestPod pod) => Cri.RunAsync(pod, CgroupParent, _sandboxes.Add);

    /// <summary>Stops and removes a pod, as the kubelet does when it goes.</summary>
    public async Task RemoveAsync(RunningPod pod)
    {
        await Cri.RemoveAsync(pod.SandboxId);
        _sandboxes.Remove(pod.SandboxId);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var problems = new List<string>();
        Try(problems, () =>
        {
            foreach (var sandbox in _sandboxes.ToList())
            {
                Cri.RemoveAsync(sandbox).GetAwaiter().GetResult();
            }
        });
        Try(problems, () =>
        {
            if (_images.Count > 0 && _daemon is { HasExited: false })
            {
                Ctr(["images", "rm", .. _images]);
            }
        });
        Try(problems, () => Cri.Dispose());
        Try(problems, StopDaemon);
        // A shim whose task was never deleted (a test that failed half-way) outlives the daemon: it is found by this
        // daemon's socket on its command line, and killed with its container.
        Try(problems, () => MachineCleanup.KillPidFiles(TaskDirectory, "init.pid"));
        Try(problems, () => MachineCleanup.KillProcessesWithArguments("-address", Address));
        Try(problems, () => MachineCleanup.DetachMountsUnder(Directory));
        Try(problems, () => System.IO.Directory.Delete(Directory, recursive: true));
        Try(problems, () => MachineCleanup.RemoveCgroup(CgroupParent));
        Try(problems, () =>
        {
            if (!_sharedRunExisted)
            {
                MachineCleanup.DeleteEmptyTree(SharedRun);
            }
        });
        _daemon?.Dispose();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("cleaning up the private containerd: " + string.Join("; ", problems));
        }
    }

    private bool Answers()
    {
        try
        {
            Ctr("version");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void StopDaemon()
    {
        if (_daemon is { HasExited: false })
        {
            MachineCleanup.Signal(_daemon.Id, MachineCleanup.SigTerm);
            if (!_daemon.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _daemon.Kill();
                _daemon.WaitForExit();
            }
        }
    }

    private static void Try(List<string> problems, Action step)
    {
        try
        {
            step();
        }
        catch (Exception e)
        {
            problems.Add(e.Message);
        }
    }
}
