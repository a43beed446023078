namespace CompatRules.Fuzz.Harness;

/// <summary>Runs one parser call, letting through only its documented exception and only when it carries a location.</summary>
internal static class Expect
{
    /// <summary>How many documented rejections this thread has seen; the runner reports the count.</summary>
    [ThreadStatic]
    private static long _rejections;

    public static long Rejections => _rejections;

    /// <summary>Runs <paramref name="call"/>; a <typeparamref name="TDocumented"/> is swallowed when
    /// <paramref name="hasLocation"/> accepts it, and any other exception is a <see cref="FuzzViolation"/>.</summary>
    public static void Only<TDocumented>(Action call, Func<TDocumented, bool> hasLocation)
        where TDocumented : Exception
    {
        try
        {
            call();
        }
        catch (TDocumented documented) when (hasLocation(documented))
        {
            _rejections++;
        }
        catch (TDocumented documented)
        {
            throw new FuzzViolation($"{typeof(TDocumented).Name} without a location: {documented.Message}", documented);
        }
        catch (Exception e) when (e is not FuzzViolation)
        {
            throw new FuzzViolation($"undocumented {e.GetType().Name} (only {typeof(TDocumented).Name} may escape)", e);
        }
    }

    /// <summary>Runs <paramref name="call"/>, which must not throw at all.</summary>
    public static void NoThrow(Action call)
    {
        try
        {
            call();
        }
        catch (Exception e) when (e is not FuzzViolation)
        {
            throw new FuzzViolation($"undocumented {e.GetType().Name} (this call documents no exception)", e);
        }
    }

    /// <summary>Fails the case when <paramref name="condition"/> is false.</summary>
    public static void That(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new FuzzViolation($"invariant broken: {invariant}");
        }
    }
}
