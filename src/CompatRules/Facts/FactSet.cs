using System.Collections;
using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>The facts about one node (or one what-if variant of it) that an evaluation reads.</summary>
/// <remarks>
/// Immutable and thread-safe; the order of facts is the order they were added, and evaluation results do not
/// depend on it. <see cref="With(Fact)"/> and <see cref="WithReplaced(Fact)"/> return new sets.
/// </remarks>
public sealed class FactSet : IReadOnlyList<Fact>
{
    private readonly ImmutableArray<Fact> _facts;

    private FactSet(ImmutableArray<Fact> facts, string? subject)
    {
        _facts = facts;
        Subject = subject;
    }

    /// <summary>A set with no facts and no subject.</summary>
    public static FactSet Empty { get; } = new(ImmutableArray<Fact>.Empty, null);

    /// <summary>What the facts are about, usually the node name; null when not stated.</summary>
    public string? Subject { get; }

    /// <summary>The number of facts.</summary>
    public int Count => _facts.Length;

    /// <summary>The fact at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The fact.</returns>
    public Fact this[int index] => _facts[index];

    /// <summary>The facts, in the order added.</summary>
    public ImmutableArray<Fact> Facts => _facts;

    /// <summary>Creates a set from <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts; none may be null.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">A fact is null.</exception>
    public static FactSet Create(params IEnumerable<Fact> facts) => Create(null, facts);

    /// <summary>Creates a set about <paramref name="subject"/> from <paramref name="facts"/>.</summary>
    /// <param name="subject">What the facts are about, such as a node name; may be null.</param>
    /// <param name="facts">The facts; none may be null.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">A fact is null.</exception>
    public static FactSet Create(string? subject, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var array = facts.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"The fact at position {i} is null.", nameof(facts));
            }
        }

        return new FactSet(array, subject);
    }

    /// <summary>A copy with <paramref name="fact"/> added after the others.</summary>
    /// <param name="fact">The fact to add.</param>
    /// <returns>The new set.</returns>
    public FactSet With(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactSet(_facts.Add(fact), Subject);
    }

    /// <summary>A copy in which <paramref name="fact"/> replaces every fact with the same <see cref="Fact.Key"/>.</summary>
    /// <param name="fact">The fact to put in.</param>
    /// <returns>The new set.</returns>
    public FactSet WithReplaced(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactSet(_facts.RemoveAll(f => f.Key == fact.Key).Add(fact), Subject);
    }

    /// <summary>A copy about another subject.</summary>
    /// <param name="subject">The new subject, such as a node name; may be null.</param>
    /// <returns>The new set.</returns>
    public FactSet WithSubject(string? subject) => new(_facts, subject);

    /// <summary>The facts of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The facts, in the order added.</returns>
    public IEnumerable<T> OfType<T>() where T : Fact => _facts.OfType<T>();

    /// <summary>The facts with key <paramref name="key"/>.</summary>
    /// <param name="key">A fact key, such as <c>component:calico</c>.</param>
    /// <returns>The facts, in the order added.</returns>
    public IEnumerable<Fact> WithKey(string key) => _facts.Where(f => f.Key == key);

    /// <inheritdoc />
    public IEnumerator<Fact> GetEnumerator() => ((IEnumerable<Fact>)_facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
