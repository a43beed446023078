namespace CompatRules.Versions;

/// <summary>RPM's <c>rpmvercmp</c> (rpmio/rpmvercmp.c, rpm 4.15+): a version or release is split into runs of digits
/// and runs of letters, anything else separating them; <c>~</c> sorts before everything (even the end), <c>^</c> after
/// the end but before anything else; a digit run is newer than a letter run; digit runs compare as numbers (leading
/// zeros dropped), letter runs as ASCII; when one string runs out first it is the older, unless the other's rest is
/// only separators.</summary>
internal static class RpmVersionComparer
{
    /// <summary>-1, 0 or 1 as <paramref name="a"/> sorts before, with or after <paramref name="b"/>.</summary>
    public static int Compare(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        int one = 0, two = 0;
        while (one < a.Length || two < b.Length)
        {
            while (one < a.Length && !char.IsAsciiLetterOrDigit(a[one]) && a[one] is not ('~' or '^'))
            {
                one++;
            }

            while (two < b.Length && !char.IsAsciiLetterOrDigit(b[two]) && b[two] is not ('~' or '^'))
            {
                two++;
            }

            if (At(a, one) == '~' || At(b, two) == '~')
            {
                if (At(a, one) != '~')
                {
                    return 1;
                }

                if (At(b, two) != '~')
                {
                    return -1;
                }

                one++;
                two++;
                continue;
            }

            if (At(a, one) == '^' || At(b, two) == '^')
            {
                if (one >= a.Length)
                {
                    return -1;
                }

                if (two >= b.Length)
                {
                    return 1;
                }

                if (a[one] != '^')
                {
                    return 1;
                }

                if (b[two] != '^')
                {
                    return -1;
                }

                one++;
                two++;
                continue;
            }

            if (one >= a.Length || two >= b.Length)
            {
                break;
            }

            var numeric = char.IsAsciiDigit(a[one]);
            var end1 = Run(a, one, numeric);
            var end2 = Run(b, two, numeric);
            if (end2 == two)
            {
                // The runs are of different types: a number is newer than letters.
                return numeric ? 1 : -1;
            }

            var run1 = a.AsSpan(one, end1 - one);
            var run2 = b.AsSpan(two, end2 - two);
            if (numeric)
            {
                run1 = run1.TrimStart('0');
                run2 = run2.TrimStart('0');
                if (run1.Length != run2.Length)
                {
                    return run1.Length > run2.Length ? 1 : -1;
                }
            }

            var rc = run1.SequenceCompareTo(run2);
            if (rc != 0)
            {
                return rc < 0 ? -1 : 1;
            }

            one = end1;
            two = end2;
        }

        if (one >= a.Length && two >= b.Length)
        {
            return 0;
        }

        return one >= a.Length ? -1 : 1;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Run(string s, int start, bool numeric)
    {
        var end = start;
        while (end < s.Length && (numeric ? char.IsAsciiDigit(s[end]) : char.IsAsciiLetter(s[end])))
        {
            end++;
        }

        return end;
    }
}
