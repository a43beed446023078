using CompatRules.Collectors.Tests.Packages;
using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>A temporary <c>--host-root</c> that makes <c>check</c> and <c>collect</c> use every library a trimmed
/// native tool could lose: the captured Rocky 9.5 node's /proc, /boot, /lib/modules and os-release files (kernel
/// config, modules, sysctls); a containerd task running kube-proxy with its kubeadm config file mounted from a
/// ConfigMap volume (YamlDotNet); a dpkg status; and an RPM <c>rpmdb.sqlite</c> (Microsoft.Data.Sqlite, libe_sqlite3).
/// The fixtures are the collector tests' own (tests/CompatRules.Collectors.Tests/Fixtures).</summary>
public sealed class NativeHostRoot : IDisposable
{
    private const string Task = "run/containerd/io.containerd.runtime.v2.task/k8s.io/2b7d1c0e";
    private const string Volume = "var/lib/kubelet/pods/8c5b6a3e-4f1d-4a7e-9b2c-3d4e5f6a7b8c/volumes/kubernetes.io~configmap/kube-proxy";
    private const string VolumeData = "..2026_11_30_08_15_02.1234567890";

    /// <summary>Builds the tree in a new temporary directory.</summary>
    public NativeHostRoot()
    {
        var fixtures = Path.Combine(RepositoryRoot.Find(), "tests", "CompatRules.Collectors.Tests", "Fixtures");
        CopyTree(Path.Combine(fixtures, "rocky-9.5"), Root);
        Copy(Path.Combine(fixtures, "containerd", "kube-proxy.config.json"), $"{Task}/config.json");
        Copy(Path.Combine(fixtures, "kube-proxy", "kubeadm-config.conf"), $"{Volume}/{VolumeData}/config.conf");
        File.CreateSymbolicLink(Path.Combine(Root, Volume, "..data"), VolumeData);
        File.CreateSymbolicLink(Path.Combine(Root, Volume, "config.conf"), "..data/config.conf");
        Copy(Path.Combine(fixtures, "packages", "debian-12.dpkg-status"), "var/lib/dpkg/status");
        RpmTestDatabase.Write(Path.Combine(Root, "var", "lib", "rpm", "rpmdb.sqlite"), RpmTestDatabase.Rhel95);
    }

    /// <summary>The host root's absolute path.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("compatrules-native-root-").FullName;

    /// <summary>Deletes the tree.</summary>
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Copy(string source, string relative)
    {
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
