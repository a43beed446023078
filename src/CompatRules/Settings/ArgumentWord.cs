namespace CompatRules.Settings;

/// <summary>One white-space separated word of a container's command line, with the field it came from.</summary>
/// <param name="Text">The word.</param>
/// <param name="Field">Where it is, such as <c>process.args[2]</c> (OCI config) or <c>spec.containers[0].args[1]</c> (pod spec).</param>
internal sealed record ArgumentWord(string Text, string Field);
