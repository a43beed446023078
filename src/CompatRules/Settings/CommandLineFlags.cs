namespace CompatRules.Settings;

/// <summary>Splits a command line into words and reads its <c>--name[=value]</c> flags the way pflag does for the
/// long flags the rules need; one reader for the node's OCI configs and the cluster inventory's pod specs.</summary>
/// <remarks>Each argument is split on white space first, so <c>sh -c "kube-proxy --proxy-mode=ipvs"</c> is read. A
/// bare flag followed by another word that does not start with <c>-</c> takes that word as its value; followed by a
/// flag or nothing it is <c>true</c>. <c>--</c> alone and single-dash words are not flags.</remarks>
internal static class CommandLineFlags
{
    private static readonly char[] WhiteSpace = [' ', '\t', '\n', '\r'];

    /// <summary>The words of <paramref name="arguments"/> (text and field), split on white space.</summary>
    public static List<ArgumentWord> Words(IEnumerable<(string Text, string Field)> arguments)
    {
        var words = new List<ArgumentWord>();
        foreach (var (text, field) in arguments)
        {
            foreach (var word in text.Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(new ArgumentWord(word, field));
            }
        }

        return words;
    }

    /// <summary>The flags among <paramref name="words"/>, in order.</summary>
    public static List<CommandLineFlag> Parse(IReadOnlyList<ArgumentWord> words)
    {
        var flags = new List<CommandLineFlag>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Text.StartsWith("--", StringComparison.Ordinal) || word.Text.Length == 2)
            {
                continue;
            }

            var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
            if (equals == 2)
            {
                continue; // "--=x" names no flag
            }

            if (equals > 0)
            {
                flags.Add(new CommandLineFlag(word.Text[2..equals], word.Text[(equals + 1)..], word));
            }
            else if (i + 1 < words.Count && !words[i + 1].Text.StartsWith('-'))
            {
                flags.Add(new CommandLineFlag(word.Text[2..], words[++i].Text, word));
            }
            else
            {
                flags.Add(new CommandLineFlag(word.Text[2..], "true", word));
            }
        }

        return flags;
    }
}
