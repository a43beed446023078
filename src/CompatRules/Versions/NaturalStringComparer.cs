namespace CompatRules.Versions;

/// <summary>Orders strings so that runs of digits compare as numbers: <c>k0s.2</c> before <c>k0s.10</c>.</summary>
internal static class NaturalStringComparer
{
    /// <summary>Compares two strings naturally; <see langword="null"/> (no build) sorts first.</summary>
    public static int Compare(string? left, string? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null)
        {
            return -1;
        }

        if (right is null)
        {
            return 1;
        }

        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (char.IsAsciiDigit(left[i]) && char.IsAsciiDigit(right[j]))
            {
                var startI = i;
                var startJ = j;
                while (i < left.Length && char.IsAsciiDigit(left[i]))
                {
                    i++;
                }

                while (j < right.Length && char.IsAsciiDigit(right[j]))
                {
                    j++;
                }

                var a = left.AsSpan(startI, i - startI).TrimStart('0');
                var b = right.AsSpan(startJ, j - startJ).TrimStart('0');
                var byLength = a.Length.CompareTo(b.Length);
                if (byLength != 0)
                {
                    return byLength;
                }

                var byDigits = a.SequenceCompareTo(b);
                if (byDigits != 0)
                {
                    return byDigits;
                }

                continue;
            }

            var byChar = left[i].CompareTo(right[j]);
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (left.Length - i).CompareTo(right.Length - j);
    }

    /// <summary>A hash code consistent with <see cref="Compare"/>: digit runs hash as numbers, so <c>k0s.02</c> and
    /// <c>k0s.2</c>, which compare equal, hash alike.</summary>
    public static int GetHashCode(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var hash = new HashCode();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                hash.Add(text[i++]);
                continue;
            }

            while (i < text.Length && text[i] == '0')
            {
                i++;
            }

            hash.Add('#');
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                hash.Add(text[i++]);
            }
        }

        return hash.ToHashCode();
    }
}
