namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>A clock that always says <paramref name="now"/>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
