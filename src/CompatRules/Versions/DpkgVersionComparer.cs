namespace CompatRules.Versions;

/// <summary>dpkg's <c>verrevcmp</c> (lib/dpkg/version.c): the upstream version or revision is compared as runs of
/// non-digits, where <c>~</c> sorts before everything (even the end), then letters, then other characters, and runs
/// of digits compared as numbers.</summary>
internal static class DpkgVersionComparer
{
    /// <summary>Negative, zero or positive as <paramref name="a"/> sorts before, with or after <paramref name="b"/>.</summary>
    public static int Compare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !IsDigit(a[i])) || (j < b.Length && !IsDigit(b[j])))
            {
                var ac = Order(a, i);
                var bc = Order(b, j);
                if (ac != bc)
                {
                    return ac - bc;
                }

                i++;
                j++;
            }

            while (i < a.Length && a[i] == '0')
            {
                i++;
            }

            while (j < b.Length && b[j] == '0')
            {
                j++;
            }

            var firstDifference = 0;
            while (i < a.Length && IsDigit(a[i]) && j < b.Length && IsDigit(b[j]))
            {
                if (firstDifference == 0)
                {
                    firstDifference = a[i] - b[j];
                }

                i++;
                j++;
            }

            if (i < a.Length && IsDigit(a[i]))
            {
                return 1;
            }

            if (j < b.Length && IsDigit(b[j]))
            {
                return -1;
            }

            if (firstDifference != 0)
            {
                return firstDifference;
            }
        }

        return 0;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int Order(string s, int i)
    {
        if (i >= s.Length)
        {
            return 0;
        }

        var c = s[i];
        return IsDigit(c) ? 0 : char.IsAsciiLetter(c) ? c : c == '~' ? -1 : c + 256;
    }
}
