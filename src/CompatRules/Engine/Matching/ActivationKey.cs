using System.Runtime.CompilerServices;

namespace CompatRules.Engine.Matching;

/// <summary>Identifies one match of a rule by the identity of its facts, so a rule fires once per match.</summary>
internal readonly struct ActivationKey(object?[] facts) : IEquatable<ActivationKey>
{
    private readonly object?[] _facts = facts;

    public bool Equals(ActivationKey other)
    {
        if (_facts.Length != other._facts.Length)
        {
            return false;
        }

        for (var i = 0; i < _facts.Length; i++)
        {
            if (!ReferenceEquals(_facts[i], other._facts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ActivationKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var fact in _facts)
        {
            hash.Add(fact is null ? 0 : RuntimeHelpers.GetHashCode(fact));
        }

        return hash.ToHashCode();
    }
}
