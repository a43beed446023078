using System.Text;
using CompatRules.Facts;

namespace CompatRules.Snapshots;

/// <summary>
/// Saves a <see cref="FactSet"/> to, and loads it from, a versioned JSON document (see <c>docs/facts-snapshot.md</c>):
/// <c>{ "schemaVersion": 1, "subject": "node-1", "facts": [ { "kind": "kernel", ... } ] }</c>.
/// </summary>
/// <remarks>
/// <para>Each fact type has a fixed kind name; no type name is ever read from the input. Versions are written as the
/// text they were parsed from, enums as camelCase strings, and the output is byte-for-byte stable for equal input.</para>
/// <para>Reading is strict about structure and values and lenient about additions: an unknown property, or a fact
/// of an unknown kind, becomes a <see cref="SnapshotWarning"/> (or an error with <see cref="FactSnapshotOptions.Strict"/>);
/// anything else that is wrong is a <see cref="SnapshotFormatException"/> naming the line, column and JSON path.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class FactSnapshot
{
    /// <summary>The schema version this library writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The schema versions this library reads.</summary>
    public static IReadOnlyList<int> SupportedSchemaVersions { get; } = [1];

    /// <summary>The kind names of every fact type a snapshot can hold, such as <c>kernel</c> and <c>collection-status</c>.</summary>
    public static IReadOnlyList<string> FactKinds => FactCodecs.Kinds;

    /// <summary>Serializes <paramref name="facts"/> to a snapshot document.</summary>
    /// <param name="facts">The facts to save.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="NotSupportedException">A fact is not one of the built-in fact types.</exception>
    public static string Serialize(FactSet facts)
    {
        using var buffer = new MemoryStream();
        Write(facts, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes <paramref name="facts"/> to <paramref name="stream"/> as UTF-8 JSON without a byte order mark.</summary>
    /// <param name="facts">The facts to save.</param>
    /// <param name="stream">The stream to write to; it is left open.</param>
    /// <exception cref="NotSupportedException">A fact is not one of the built-in fact types; nothing was written.</exception>
    public static void Write(FactSet facts, Stream stream) => SnapshotWriter.Write(facts, stream);

    /// <summary>Saves <paramref name="facts"/> to <paramref name="path"/> atomically: the document is written to a
    /// temporary file in the same folder, flushed to disk and then renamed over the target.</summary>
    /// <param name="facts">The facts to save.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="NotSupportedException">A fact is not one of the built-in fact types; the file is unchanged.</exception>
    /// <exception cref="IOException">The file could not be written; the file is unchanged and no temporary file is left.</exception>
    public static void Save(FactSet facts, string path)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Write(facts, stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    /// <summary>Reads a snapshot document from <paramref name="json"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Where the text came from, for messages; may be null.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts; warnings are dropped (use <see cref="DeserializeWithWarnings"/> to see them).</returns>
    /// <exception cref="SnapshotFormatException">The text is not a readable snapshot; the message says where and why.</exception>
    public static FactSet Deserialize(string json, string? sourceName = null, FactSnapshotOptions? options = null)
        => DeserializeWithWarnings(json, sourceName, options).Facts;

    /// <summary>Reads a snapshot document from <paramref name="json"/>, with the warnings about what was read past.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Where the text came from, for messages; may be null.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts and the warnings.</returns>
    /// <exception cref="SnapshotFormatException">The text is not a readable snapshot; the message says where and why.</exception>
    public static SnapshotReadResult DeserializeWithWarnings(string json, string? sourceName = null, FactSnapshotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options = Checked(options);
        var size = Encoding.UTF8.GetByteCount(json);
        if (size > options.MaxBytes)
        {
            throw TooLarge(sourceName, options);
        }

        return SnapshotReader.Read(Encoding.UTF8.GetBytes(json), sourceName, options);
    }

    /// <summary>Reads a snapshot document from <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream of UTF-8 JSON; it is read to its end and left open.</param>
    /// <param name="sourceName">Where the stream came from, for messages; may be null.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts; warnings are dropped (use <see cref="ReadWithWarnings"/> to see them).</returns>
    /// <exception cref="SnapshotFormatException">The stream is not a readable snapshot; the message says where and why.</exception>
    public static FactSet Read(Stream stream, string? sourceName = null, FactSnapshotOptions? options = null)
        => ReadWithWarnings(stream, sourceName, options).Facts;

    /// <summary>Reads a snapshot document from <paramref name="stream"/>, with the warnings about what was read past.</summary>
    /// <param name="stream">The stream of UTF-8 JSON; it is read to its end and left open.</param>
    /// <param name="sourceName">Where the stream came from, for messages; may be null.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts and the warnings.</returns>
    /// <exception cref="SnapshotFormatException">The stream is not a readable snapshot, or is larger than
    /// <see cref="FactSnapshotOptions.MaxBytes"/> (reading stops at the limit).</exception>
    public static SnapshotReadResult ReadWithWarnings(Stream stream, string? sourceName = null, FactSnapshotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Checked(options);
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
        {
            throw TooLarge(sourceName, options);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge(sourceName, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return SnapshotReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), sourceName, options);
    }

    /// <summary>Loads a snapshot file.</summary>
    /// <param name="path">The file; its path is the source name in messages.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts; warnings are dropped (use <see cref="LoadWithWarnings"/> to see them).</returns>
    /// <exception cref="SnapshotFormatException">The file is not a readable snapshot; the message says where and why.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    public static FactSet Load(string path, FactSnapshotOptions? options = null) => LoadWithWarnings(path, options).Facts;

    /// <summary>Loads a snapshot file, with the warnings about what was read past.</summary>
    /// <param name="path">The file; its path is the source name in messages.</param>
    /// <param name="options">Limits and strictness; null for <see cref="FactSnapshotOptions.Default"/>.</param>
    /// <returns>The facts and the warnings.</returns>
    /// <exception cref="SnapshotFormatException">The file is not a readable snapshot; the message says where and why.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    public static SnapshotReadResult LoadWithWarnings(string path, FactSnapshotOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadWithWarnings(stream, path, options);
    }

    private static FactSnapshotOptions Checked(FactSnapshotOptions? options)
    {
        options ??= FactSnapshotOptions.Default;
        options.Validate();
        return options;
    }

    private static SnapshotFormatException TooLarge(string? sourceName, FactSnapshotOptions options)
        => new(sourceName, null, null, null, $"the snapshot is larger than the limit of {options.MaxBytes} bytes ({nameof(FactSnapshotOptions)}.{nameof(FactSnapshotOptions.MaxBytes)})");
}
