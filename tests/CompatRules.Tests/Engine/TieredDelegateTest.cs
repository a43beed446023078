using System.Linq.Expressions;
using CompatRules.Engine.Dsl;

namespace CompatRules.Tests.Engine;

public class TieredDelegateTest
{
    [Fact]
    public void Current_AfterCompileAfterCalls_SwitchesOnceToACompiledDelegateWithTheSameResults()
    {
        Expression<Func<int, int>> square = x => x * x;
        var tiered = new TieredDelegate<Func<int, int>>(square);

        var seen = new List<Func<int, int>>();
        for (var call = 0; call < TieredDelegate<Func<int, int>>.CompileAfter + 5; call++)
        {
            var current = tiered.Current;
            Assert.Equal(call * call, current(call));
            if (seen.Count == 0 || !ReferenceEquals(seen[^1], current))
            {
                seen.Add(current);
            }
        }

        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void Current_ManyThreads_AlwaysGiveTheLambdasResult()
    {
        Expression<Func<int, int>> twice = x => x + x;
        var tiered = new TieredDelegate<Func<int, int>>(twice);

        Parallel.For(0, 10_000, i => Assert.Equal(i + i, tiered.Current(i)));
    }
}
