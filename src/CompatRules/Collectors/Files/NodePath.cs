using System.Text;

namespace CompatRules.Collectors.Files;

/// <summary>An absolute path on the node, kept as the bytes the kernel uses (a directory entry need not be UTF-8),
/// with a printable form for statuses in which a byte that is not UTF-8 is written <c>\xNN</c>.</summary>
internal sealed class NodePath
{
    private NodePath(byte[] bytes, string display)
    {
        Bytes = bytes;
        Display = display;
    }

    public byte[] Bytes { get; }

    public string Display { get; }

    /// <exception cref="ArgumentException">The path is not absolute or contains a NUL.</exception>
    public static NodePath Of(string path)
    {
        if (!path.StartsWith('/') || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The node path '{path}' is not absolute or contains a NUL.", nameof(path));
        }

        return new NodePath(Encoding.UTF8.GetBytes(path), path);
    }

    /// <summary>This path with the directory entry <paramref name="name"/> (raw bytes) appended.</summary>
    public NodePath Child(byte[] name) => new([.. Bytes, (byte)'/', .. name], Display + "/" + Printable(name));

    /// <summary>This path with <paramref name="relative"/> appended after a slash.</summary>
    public NodePath Child(string relative) => new([.. Bytes, (byte)'/', .. Encoding.UTF8.GetBytes(relative)], Display + "/" + relative);

    /// <summary>The name as text when it is valid UTF-8, else with every byte outside printable ASCII as <c>\xNN</c>.</summary>
    public static string Printable(byte[] name)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(name);
        }
        catch (DecoderFallbackException)
        {
            return string.Concat(name.Select(b => b is >= 0x20 and < 0x7f and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:x2}"));
        }
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
