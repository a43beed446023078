namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>The native tool's tests run alone: the in-process run changes the working directory (<see cref="JitToolRun"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeToolCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "native tool";
}
