using System.Formats.Tar;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>A one-layer image made of the host's static busybox and a few files of the test's own, tagged like a
/// component, written with <see cref="OciArchive"/> as an OCI image layout that <c>ctr images import</c> reads
/// (no registry, no network).</summary>
/// <param name="Reference">The image reference, as the kubelet would name it (<c>docker.io/calico/node:v3.28.1</c>).</param>
/// <param name="Entrypoint">The image's entrypoint.</param>
/// <param name="Files">Extra files: path inside the image, text, executable or not.</param>
internal sealed record BusyboxImage(string Reference, string[] Entrypoint, IReadOnlyList<(string Path, string Text, bool Executable)> Files)
{
    private const string BusyboxPath = "/bin/busybox";
    private static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeSeconds(0);

    /// <summary>A program that ignores its arguments and sleeps until it is killed: what every test image runs, so
    /// that its command line is the component's and its task stays up while the collector reads it.</summary>
    public const string SleepForever = "#!/bin/sh\nexec /bin/sleep 2147483647\n";

    /// <summary>The host's busybox when it is statically linked (it runs in an image with no libraries), else null.</summary>
    public static string? StaticBusybox { get; } = FindStaticBusybox();

    private static string? FindStaticBusybox()
    {
        if (!File.Exists(BusyboxPath))
        {
            return null;
        }

        // A dynamically linked ELF names its loader (PT_INTERP, "/lib64/ld-linux-x86-64.so.2") near its start.
        var head = new byte[4096];
        using var file = File.OpenRead(BusyboxPath);
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head.AsSpan(0, read).IndexOf("/ld-"u8) < 0 ? BusyboxPath : null;
    }

    /// <summary>The image's layer: busybox with <c>sh</c> and <c>sleep</c> links, and <see cref="Files"/>.</summary>
    public byte[] Layer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var directories = new SortedSet<string>(StringComparer.Ordinal) { "bin" };
            foreach (var (path, _, _) in Files)
            {
                for (var parent = Path.GetDirectoryName(path.TrimStart('/')); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
                {
                    directories.Add(parent);
                }
            }

            foreach (var directory in directories)
            {
                writer.WriteEntry(Entry(TarEntryType.Directory, directory + "/", UnixMode(executable: true)));
            }

            var busybox = Entry(TarEntryType.RegularFile, "bin/busybox", UnixMode(executable: true));
            busybox.DataStream = new MemoryStream(File.ReadAllBytes(StaticBusybox!));
            writer.WriteEntry(busybox);
            foreach (var applet in new[] { "sh", "sleep" })
            {
                var link = Entry(TarEntryType.SymbolicLink, "bin/" + applet, UnixMode(executable: true));
                link.LinkName = "busybox";
                writer.WriteEntry(link);
            }

            foreach (var (path, text, executable) in Files)
            {
                var file = Entry(TarEntryType.RegularFile, path.TrimStart('/'), UnixMode(executable));
                file.DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text));
                writer.WriteEntry(file);
            }
        }

        return tar.ToArray();
    }

    /// <summary>The image config: platform, PATH, entrypoint and the layer's diff id.</summary>
    public byte[] Config(string layerDigest) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        architecture = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => "arm64",
            Architecture.X64 => "amd64",
            var other => other.ToString().ToLowerInvariant(),
        },
        os = "linux",
        config = new { Env = new[] { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" }, Entrypoint },
        rootfs = new { type = "layers", diff_ids = new[] { layerDigest } },
    });

    /// <summary>The sha256 digest of <paramref name="blob"/> as OCI writes it.</summary>
    public static string Digest(byte[] blob) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(blob));

    private static UnixFileMode UnixMode(bool executable)
        => UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead
            | (executable ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None);

    private static UstarTarEntry Entry(TarEntryType type, string name, UnixFileMode mode)
        => new(type, name) { Mode = mode, ModificationTime = Epoch, Uid = 0, Gid = 0 };
}
