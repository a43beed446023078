using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>Where the natively published (Native AOT) compatrules tool is, and whether its tests may be skipped.</summary>
internal static class NativeToolLocation
{
    /// <summary>The environment variable naming the native binary (absolute path).</summary>
    public const string PathVariable = "COMPATRULES_NATIVE_TOOL";

    /// <summary>The environment variable that, set to <c>1</c>, forbids skipping the native tool's tests (CI sets it).</summary>
    public const string RequireVariable = "COMPATRULES_REQUIRE_NATIVE_TOOL";

    /// <summary>How to make the binary, for skip and failure messages.</summary>
    public const string HowToBuild = "publish it with 'dotnet publish src/CompatRules.Cli -c Release --use-current-runtime -o artifacts/publish/compatrules' "
        + "(./build.sh test does), or set " + PathVariable + " to a native CompatRules.Cli";

    /// <summary>The binary: <see cref="PathVariable"/>, or else <c>artifacts/publish/compatrules/CompatRules.Cli</c> under the repository root.</summary>
    public static string ToolPath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot.Find(), "artifacts", "publish", "compatrules", "CompatRules.Cli");

    /// <summary>True when <see cref="RequireVariable"/> is <c>1</c>.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the native tool's tests are skipped, or null when they run (the binary exists, or it is required
    /// and they then fail naming it).</summary>
    public static string? SkipReason() => SkipReason(ToolPath, File.Exists(ToolPath), Required);

    /// <summary>Why the native tool's tests are skipped, or null when they run.</summary>
    /// <param name="path">Where the binary is looked for.</param>
    /// <param name="exists">True when it is there.</param>
    /// <param name="required">True when skipping is forbidden.</param>
    public static string? SkipReason(string path, bool exists, bool required)
        => exists || required ? null : $"no native compatrules tool at {path}: {HowToBuild}";

    /// <summary>The binary's path; fails the test when it is missing (only reached when it is required).</summary>
    public static string Require()
    {
        var path = ToolPath;
        if (!File.Exists(path))
        {
            Assert.Fail($"the native compatrules tool is missing at {path} and {RequireVariable}=1 forbids skipping: {HowToBuild}");
        }

        return path;
    }
}
