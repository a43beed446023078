namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>Finds the repository root (the folder holding <c>CompatRules.sln</c>) from the test's output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CompatRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CompatRules.sln above {AppContext.BaseDirectory}.");
    }
}
