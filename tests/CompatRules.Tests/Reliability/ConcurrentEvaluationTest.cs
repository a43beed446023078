using System.Globalization;

namespace CompatRules.Tests.Reliability;

/// <summary>One engine shared by 16 threads gives, for every evaluation, exactly the report a sequential evaluation
/// of the same fact set gives. The count is 20,000 by default; set COMPATRULES_CONCURRENCY_EVALUATIONS (for example
/// to 1000000) for the long run.</summary>
public class ConcurrentEvaluationTest
{
    public const string CountVariable = "COMPATRULES_CONCURRENCY_EVALUATIONS";
    private const int DefaultEvaluations = 20_000;
    private const int Threads = 16;

    [Fact]
    public void Evaluate_SharedEngineOn16Threads_MatchesSequentialResults()
    {
        var engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();
        var sets = NodeFactSets.All;
        var expected = sets.Select(s => ReportText.Of(engine.Evaluate(s))).ToArray();
        var evaluations = Evaluations();
        var mismatches = new string?[Threads];
        var done = new int[Threads];
        using var start = new ManualResetEventSlim(false);

        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.Wait();
            for (var i = t; i < evaluations; i += Threads)
            {
                var index = (int)((uint)(i * 7919) % (uint)sets.Count);
                var actual = ReportText.Of(engine.Evaluate(sets[index]));
                if (actual != expected[index])
                {
                    mismatches[t] ??= $"evaluation {i} of fact set {sets[index].Subject} differs:\n{actual}";
                }

                done[t]++;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Equal(evaluations, done.Sum());
        Assert.All(mismatches, m => Assert.Null(m));
    }

    private static int Evaluations()
        => Environment.GetEnvironmentVariable(CountVariable) is { Length: > 0 } value
            ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)
            : DefaultEvaluations;
}
