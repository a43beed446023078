using System.Text;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>What a byte mutation does to the serialized document.</summary>
public enum ByteEdit
{
    Truncate,
    Insert,
    Overwrite,
    DeleteRange,
}

/// <summary>A change to the serialized document at <paramref name="Position"/> (modulo its length plus one):
/// cut it there, insert or overwrite <paramref name="Bytes"/> there, or delete as many bytes as
/// <paramref name="Bytes"/> holds from there.</summary>
public sealed record ByteMutation(ByteEdit Edit, int Position, byte[] Bytes)
{
    public byte[] Apply(byte[] input)
    {
        var at = Position % (input.Length + 1);
        return Edit switch
        {
            ByteEdit.Truncate => input[..at],
            ByteEdit.Insert => [.. input[..at], .. Bytes, .. input[at..]],
            ByteEdit.Overwrite => [.. input[..at], .. Bytes, .. input[Math.Min(input.Length, at + Bytes.Length)..]],
            _ => [.. input[..at], .. input[Math.Min(input.Length, at + Bytes.Length)..]],
        };
    }

    public override string ToString() => $"{Edit} at {Position}: {Convert.ToHexString(Bytes)} ({Encoding.UTF8.GetString(Bytes).Length} chars)";
}
