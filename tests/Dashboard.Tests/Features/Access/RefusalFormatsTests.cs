using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Features.Access;

/// <summary>Which form a refusal takes for the Accept headers browsers, programs and tools send.</summary>
public sealed class RefusalFormatsTests
{
    [Theory]
    [InlineData(null, "ProblemJson")]
    [InlineData("*/*", "ProblemJson")]
    [InlineData("application/json", "ProblemJson")]
    [InlineData("Application/Problem+JSON", "ProblemJson")]
    [InlineData("application/vnd.example+json", "ProblemJson")]
    [InlineData("application/*", "ProblemJson")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Html")]
    [InlineData("text/html; blazor-enhanced-nav=on", "Html")]
    [InlineData("text/plain", "PlainText")]
    [InlineData("text/csv", "PlainText")]
    [InlineData("application/xml", "PlainText")]
    [InlineData("image/png", "PlainText")]
    [InlineData("text/html;q=0.5, application/json", "ProblemJson")]
    [InlineData("application/json;q=0, text/html", "Html")]
    [InlineData("application/xml, text/plain;q=0.5, */*;q=0.1", "PlainText")]
    public void Choose_AcceptHeader_PicksWhatTheCallerReadsBest(string? accept, string expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, RefusalFormats.Choose(context.Request).ToString());
    }
}
