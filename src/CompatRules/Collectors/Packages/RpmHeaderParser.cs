using System.Buffers.Binary;
using System.Text;

namespace CompatRules.Collectors.Packages;

/// <summary>Reads the tags a package fact needs from an RPM header blob, as rpmdb stores one per package (the
/// <c>blob</c> of the sqlite <c>Packages</c> table): big-endian <c>il</c> (index entries) and <c>dl</c> (data
/// bytes), <c>il</c> entries of tag, type, offset and count (16 bytes), then the data. NAME (1000), VERSION (1001),
/// RELEASE (1002), EPOCH (1003, INT32) and ARCH (1022).</summary>
/// <remarks>Every offset and length is checked against the blob; a header larger than rpm's own limits
/// (<c>il</c> ≤ 0xffff, <c>dl</c> ≤ 256 MiB) or a tag whose data runs past the end is a <see cref="FormatException"/>.</remarks>
internal static class RpmHeaderParser
{
    private const int TagName = 1000;
    private const int TagVersion = 1001;
    private const int TagRelease = 1002;
    private const int TagEpoch = 1003;
    private const int TagArch = 1022;
    private const int TypeInt32 = 4;
    private const int TypeString = 6;
    private const int TypeI18nString = 9;
    private const int MaxIndexEntries = 0xffff;
    private const int MaxData = 256 * 1024 * 1024;

    /// <summary>The header's name, epoch, version, release and architecture.</summary>
    /// <exception cref="FormatException">The blob is not a well-formed header, or lacks NAME or VERSION.</exception>
    public static (string Name, long? Epoch, string Version, string? Release, string? Arch) Read(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 8)
        {
            throw new FormatException($"the header is {blob.Length} bytes, shorter than its 8-byte preamble");
        }

        var il = BinaryPrimitives.ReadInt32BigEndian(blob);
        var dl = BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        if (il < 1 || il > MaxIndexEntries || dl < 0 || dl > MaxData)
        {
            throw new FormatException($"the header claims {il} index entries and {dl} data bytes");
        }

        var dataStart = 8 + (16L * il);
        if (dataStart + dl > blob.Length)
        {
            throw new FormatException($"the header needs {dataStart + dl} bytes but has {blob.Length}");
        }

        var data = blob.Slice((int)dataStart, dl);
        string? name = null, version = null, release = null, arch = null;
        long? epoch = null;
        for (var i = 0; i < il; i++)
        {
            var entry = blob.Slice(8 + (16 * i), 16);
            var tag = BinaryPrimitives.ReadInt32BigEndian(entry);
            var type = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            var count = BinaryPrimitives.ReadInt32BigEndian(entry[12..]);
            switch (tag)
            {
                case TagName:
                    name = String(data, type, offset, tag);
                    break;
                case TagVersion:
                    version = String(data, type, offset, tag);
                    break;
                case TagRelease:
                    release = String(data, type, offset, tag);
                    break;
                case TagArch:
                    arch = String(data, type, offset, tag);
                    break;
                case TagEpoch:
                    if (type != TypeInt32 || count < 1 || offset < 0 || offset > data.Length - 4)
                    {
                        throw new FormatException($"tag {tag} (EPOCH) is not an INT32 inside the data");
                    }

                    epoch = (uint)BinaryPrimitives.ReadInt32BigEndian(data[offset..]);
                    break;
            }
        }

        if (name is null || name.Length == 0 || version is null)
        {
            throw new FormatException("the header has no NAME or no VERSION");
        }

        return (name, epoch, version, release, arch);
    }

    private static string String(ReadOnlySpan<byte> data, int type, int offset, int tag)
    {
        if (type is not (TypeString or TypeI18nString) || offset < 0 || offset >= data.Length)
        {
            throw new FormatException($"tag {tag} is not a STRING inside the data (type {type}, offset {offset})");
        }

        var end = data[offset..].IndexOf((byte)0);
        if (end < 0)
        {
            throw new FormatException($"tag {tag}'s string runs past the end of the data");
        }

        return Encoding.UTF8.GetString(data.Slice(offset, end));
    }
}
