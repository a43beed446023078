using CompatRules.Facts;

namespace CompatRules.Benchmarks.Evaluate;

/// <summary>Guards the baseline: the hand-written checks must reach the engine's outcomes, or the ratio means nothing.</summary>
public static class OutcomeAgreement
{
    /// <summary>Throws when <see cref="HandWrittenChecks"/> and <paramref name="engine"/> disagree on <paramref name="facts"/>.</summary>
    /// <param name="engine">An engine with at least <see cref="EightRules"/>.</param>
    /// <param name="facts">The node.</param>
    /// <exception cref="InvalidOperationException">An outcome differs.</exception>
    public static void Verify(RuleEngine engine, FactSet facts)
    {
        var report = engine.Evaluate(facts);
        var handWritten = HandWrittenChecks.Check(facts);
        for (var i = 0; i < EightRules.Ids.Length; i++)
        {
            var engineOutcome = report[EightRules.Ids[i]]?.Outcome;
            if (engineOutcome != handWritten[i])
            {
                throw new InvalidOperationException($"{EightRules.Ids[i]}: engine says {engineOutcome}, hand-written says {handWritten[i]}.");
            }
        }
    }
}
