namespace CompatRules.Inventory.Live;

/// <summary>The API server could not be read: no kubeconfig, a TLS or connection error, a timeout, an answer that is
/// neither a list nor 403, or an account that may not list nodes. The message names the server and the request.</summary>
public sealed class ClusterApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the server and the request.</param>
    /// <param name="inner">The underlying error, or null.</param>
    public ClusterApiException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
