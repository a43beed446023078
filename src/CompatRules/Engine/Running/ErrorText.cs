namespace CompatRules.Engine.Running;

/// <summary>Describes a rule's exception in one line, even when the exception's own members throw.</summary>
internal static class ErrorText
{
    public static string Describe(string what, Exception? exception)
    {
        if (exception is null)
        {
            return what + " failed";
        }

        string message;
        try
        {
            message = exception.Message;
        }
        catch (Exception inner)
        {
            message = $"(its message could not be read: {inner.GetType().Name})";
        }

        return $"{what} threw {exception.GetType().Name}: {message}";
    }
}
