using Dashboard.Web.Features.Access;

namespace Dashboard.Tests.Features.Access;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("evil.example")]
    [InlineData("/account/logout")]
    public void OrHome_NotAPageOfThisSite_IsHome(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));

    [Theory]
    [InlineData("/batches/B-7")]
    [InlineData("/devices/S-1?tab=reports")]
    [InlineData("/")]
    public void OrHome_PageOfThisSite_IsKept(string url) => Assert.Equal(url, LocalUrl.OrHome(url));
}
