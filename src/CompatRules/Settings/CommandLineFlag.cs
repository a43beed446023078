namespace CompatRules.Settings;

/// <summary>A <c>--name[=value]</c> flag of a command line.</summary>
/// <param name="Name">The flag without its dashes, such as <c>proxy-mode</c>.</param>
/// <param name="Value">Its value; <c>true</c> for a bare flag.</param>
/// <param name="Word">The word the flag is in.</param>
internal sealed record CommandLineFlag(string Name, string Value, ArgumentWord Word)
{
    /// <summary>The flag as a setting name, with its dashes (<c>--proxy-mode</c>).</summary>
    public string SettingName => "--" + Name;
}
