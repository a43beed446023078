namespace CompatRules.Settings;

/// <summary>A scalar read from a configuration file, with the dotted path of its key and its line.</summary>
/// <param name="Path">The key path, such as <c>ipvs.strictARP</c>.</param>
/// <param name="Value">The scalar as written, quotes removed; empty for <c>mode: ""</c> or <c>mode:</c>.</param>
/// <param name="Line">The 1-based line of the value.</param>
internal sealed record ConfigValue(string Path, string Value, long Line);
