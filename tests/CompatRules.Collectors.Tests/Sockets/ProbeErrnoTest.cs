using CompatRules.Collectors.Sockets;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Sockets;

public class ProbeErrnoTest
{
    [Theory]
    [InlineData(95, ProbeResult.Unsupported)]
    [InlineData(93, ProbeResult.Unsupported)]
    [InlineData(22, ProbeResult.Unsupported)]
    [InlineData(92, ProbeResult.Unsupported)]
    [InlineData(97, ProbeResult.Unsupported)]
    [InlineData(1, ProbeResult.PermissionDenied)]
    [InlineData(13, ProbeResult.PermissionDenied)]
    [InlineData(24, ProbeResult.Unknown)]
    public void Classify_Errno_GivesProbeResult(int errno, ProbeResult expected)
    {
        Assert.Equal(expected, ProbeErrno.Classify(errno));
    }

    [Theory]
    [InlineData(ProbeResult.Supported, CollectionState.Collected)]
    [InlineData(ProbeResult.Unsupported, CollectionState.Collected)]
    [InlineData(ProbeResult.PermissionDenied, CollectionState.PermissionDenied)]
    [InlineData(ProbeResult.Unknown, CollectionState.Error)]
    public void StateOf_Result_GivesStatus(ProbeResult result, CollectionState expected)
    {
        Assert.Equal(expected, ProbeErrno.StateOf(result));
    }
}
