using System.Text;
using CompatRules.Collectors.Kernel;

namespace CompatRules.Collectors.Tests.Kernel;

public class UtsNameParserTest
{
    [Fact]
    public void Field_LinuxLayout_ReadsReleaseAndMachine()
    {
        var buffer = new byte[UtsNameParser.Size];
        Encoding.ASCII.GetBytes("Linux").CopyTo(buffer, 0);
        Encoding.ASCII.GetBytes("6.18.44-fc-v669").CopyTo(buffer, 130);
        Encoding.ASCII.GetBytes("x86_64").CopyTo(buffer, 260);

        Assert.Equal("Linux", UtsNameParser.Field(buffer, UtsNameParser.SysName));
        Assert.Equal("6.18.44-fc-v669", UtsNameParser.Field(buffer, UtsNameParser.Release));
        Assert.Equal("x86_64", UtsNameParser.Field(buffer, UtsNameParser.Machine));
    }
}
