using System.IO.Compression;
using CompatRules.Collectors;
using CompatRules.Collectors.Files;
using CompatRules.Facts;
using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz;

/// <summary>The collectors' file reads are capped by <see cref="CollectorOptions.MaxFileBytes"/>: over random sizes
/// and caps, a read never returns more than the cap, returns the whole file when it fits, and reports a larger file
/// (or a gzip file that inflates past the cap) as an error instead of a prefix.</summary>
public sealed class CappedReadPropertyTest : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("compatrules-capped-").FullName;

    public CappedReadPropertyTest() => Directory.CreateDirectory(Path.Combine(_root, "proc"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ReadText_RandomSizesAndCaps_NeverReturnsMoreThanTheCap()
    {
        var random = new SplitMix64(FuzzSettings.DefaultSeed);
        for (var i = 0; i < 300; i++)
        {
            var size = random.Next(4) == 0 ? random.Next(200_000) : random.Next(40_000);
            var cap = 1 + random.Next(random.OneIn(2) ? 40_000 : 70_000);
            var content = new byte[size];
            for (var b = 0; b < size; b++)
            {
                content[b] = (byte)('a' + random.Next(26));
            }

            var gzip = random.OneIn(3);
            File.WriteAllBytes(Path.Combine(_root, "proc", "file"), gzip ? Corpus.Gzip(content) : content);

            var read = new HostFileReader(new HostRoot(_root), cap).ReadText("/proc/file", gzip);

            var context = $"case {i}: size {size}, cap {cap}, gzip {gzip}";
            if (size <= cap)
            {
                Assert.True(read.Ok, context);
                Assert.Equal(size, read.Text!.Length);
            }
            else
            {
                Assert.True((read.State, read.Text) == (CollectionState.Error, null), context);
                Assert.Equal($"{read.Path} is larger than the {cap}-byte cap", read.Reason);
            }
        }
    }

    [Fact]
    public void ReadText_GzipBombOf256MiB_IsAnErrorAfterReadingOnlyTheCap()
    {
        var bomb = Path.Combine(_root, "proc", "config.gz");
        using (var file = File.Create(bomb))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 256; i++)
            {
                gzip.Write(zeros);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = new HostFileReader(new HostRoot(_root), CollectorOptions.DefaultMaxFileBytes).ReadText("/proc/config.gz", gzip: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((CollectionState.Error, $"{bomb} is larger than the 4194304-byte cap"), (read.State, read.Reason));
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated} bytes");
    }
}
