namespace CompatRules.Cli.Commands;

/// <summary>A usage or input error: the message goes to stderr and the exit code is 2.</summary>
/// <param name="message">What is wrong, naming the option or file.</param>
/// <param name="inner">The underlying exception, or null.</param>
internal sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
