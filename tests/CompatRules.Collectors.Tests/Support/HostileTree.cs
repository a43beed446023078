namespace CompatRules.Collectors.Tests.Support;

/// <summary>Builds host roots for the confinement and read-only tests: a copy of a fixture node plus hostile files.</summary>
internal static class HostileTree
{
    public static void CopyFixture(string distro, string to)
    {
        var from = FixtureTree.PathOf(distro);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    /// <summary>Writes <paramref name="text"/> at <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
