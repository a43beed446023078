using CompatRules.Facts;

namespace CompatRules.Tests.Engine;

/// <summary>Small fact types for engine tests.</summary>
public sealed record Pod(string Name, string NodeName) : Fact
{
    public override string Key => "pod:" + Name;
}

public sealed record Node(string Name, int Zone) : Fact
{
    public override string Key => "node:" + Name;
}

public sealed record Counter(int Value) : Fact
{
    public override string Key => "counter";
}

public sealed record Alarm(string Text) : Fact
{
    public override string Key => "alarm";
}
