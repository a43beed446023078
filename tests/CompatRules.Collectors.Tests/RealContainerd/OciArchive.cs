using System.Formats.Tar;
using System.Text.Json;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>Writes images as one OCI image layout in a tar archive (<c>oci-layout</c>, <c>index.json</c>,
/// <c>blobs/sha256/</c>), each manifest named by <c>io.containerd.image.name</c> so that
/// <c>ctr images import</c> tags it with the full reference.</summary>
internal static class OciArchive
{
    /// <summary>Writes <paramref name="images"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<BusyboxImage> images)
    {
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var manifests = new List<object>();
        foreach (var image in images)
        {
            var layer = image.Layer();
            var layerDigest = BusyboxImage.Digest(layer);
            var config = image.Config(layerDigest);
            var manifest = JsonSerializer.SerializeToUtf8Bytes(new
            {
                schemaVersion = 2,
                mediaType = "application/vnd.oci.image.manifest.v1+json",
                config = Descriptor("application/vnd.oci.image.config.v1+json", config),
                layers = new[] { Descriptor("application/vnd.oci.image.layer.v1.tar", layer) },
            });
            blobs[layerDigest] = layer;
            blobs[BusyboxImage.Digest(config)] = config;
            blobs[BusyboxImage.Digest(manifest)] = manifest;
            var tag = image.Reference[(image.Reference.LastIndexOf(':') + 1)..];
            manifests.Add(new
            {
                mediaType = "application/vnd.oci.image.manifest.v1+json",
                digest = BusyboxImage.Digest(manifest),
                size = manifest.Length,
                annotations = new Dictionary<string, string>
                {
                    ["io.containerd.image.name"] = image.Reference,
                    ["org.opencontainers.image.ref.name"] = tag,
                },
            });
        }

        using var file = File.Create(path);
        using var writer = new TarWriter(file, TarEntryFormat.Ustar);
        Add(writer, "oci-layout", JsonSerializer.SerializeToUtf8Bytes(new { imageLayoutVersion = "1.0.0" }));
        Add(writer, "index.json", JsonSerializer.SerializeToUtf8Bytes(new { schemaVersion = 2, manifests }));
        foreach (var (digest, blob) in blobs)
        {
            Add(writer, "blobs/sha256/" + digest["sha256:".Length..], blob);
        }
    }

    private static object Descriptor(string mediaType, byte[] blob) => new { mediaType, digest = BusyboxImage.Digest(blob), size = blob.Length };

    private static void Add(TarWriter writer, string name, byte[] content)
        => writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content), ModificationTime = DateTimeOffset.FromUnixTimeSeconds(0) });
}
