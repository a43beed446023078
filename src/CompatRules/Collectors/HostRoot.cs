namespace CompatRules.Collectors;

/// <summary>The place the node's root file system is mounted; every file a collector reads is resolved through it.</summary>
/// <remarks>Immutable. With the root <c>/</c> paths are unchanged; with <c>/host</c>, <c>/etc/os-release</c> becomes
/// <c>/host/etc/os-release</c>.</remarks>
public sealed class HostRoot
{
    /// <summary>Creates a host root.</summary>
    /// <param name="root">An absolute directory, such as <c>/</c> or <c>/host</c>.</param>
    /// <exception cref="ArgumentException">The root is empty or not absolute.</exception>
    public HostRoot(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!root.StartsWith('/'))
        {
            throw new ArgumentException($"The host root '{root}' is not an absolute path.", nameof(root));
        }

        Root = root.Length > 1 ? root.TrimEnd('/') : root;
        if (Root.Length == 0)
        {
            Root = "/";
        }
    }

    /// <summary>The host root of a collector running directly on the node: <c>/</c>.</summary>
    public static HostRoot Default { get; } = new("/");

    /// <summary>The root directory, without a trailing slash unless it is <c>/</c>.</summary>
    public string Root { get; }

    /// <summary>True when the root is <c>/</c>, so that paths are read as they are.</summary>
    public bool IsDefault => Root == "/";

    /// <summary>The path of <paramref name="nodePath"/> under the host root, as shown in statuses and provenance.</summary>
    /// <remarks>Only a name: the collectors never open it as a string. They resolve <paramref name="nodePath"/>
    /// inside the root, links included, so a link cannot lead out of it.</remarks>
    /// <param name="nodePath">An absolute path as seen on the node, such as <c>/proc/modules</c>.</param>
    /// <returns>The path to open, such as <c>/host/proc/modules</c>.</returns>
    /// <exception cref="ArgumentException">The path is not absolute.</exception>
    public string Resolve(string nodePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodePath);
        if (!nodePath.StartsWith('/'))
        {
            throw new ArgumentException($"The node path '{nodePath}' is not absolute.", nameof(nodePath));
        }

        return IsDefault ? nodePath : Root + nodePath;
    }

    /// <summary>Throws unless the root is an existing directory: a wrong root would otherwise read as a node on which
    /// every file is absent, and absent files are facts that change verdicts.</summary>
    /// <exception cref="ArgumentException">The root does not exist or is not a directory; the message names it.</exception>
    public void EnsureIsDirectory()
    {
        if (Directory.Exists(Root))
        {
            return;
        }

        throw new ArgumentException(File.Exists(Root) || Path.Exists(Root)
            ? $"The host root '{Root}' is not a directory."
            : $"The host root '{Root}' does not exist.");
    }

    /// <summary>True when the root has a <c>proc</c> or an <c>etc</c> directory, as a node's root file system does;
    /// false suggests the wrong directory was given (callers warn).</summary>
    public bool LooksLikeARootFileSystem => Directory.Exists(Path.Combine(Root, "proc")) || Directory.Exists(Path.Combine(Root, "etc"));

    /// <inheritdoc />
    public override string ToString() => Root;
}
