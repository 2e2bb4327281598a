using Dashboard.Web.Features.Access;

namespace Dashboard.Tests.Features.Access;

public sealed class AuditDetailsTests
{
    [Theory]
    [InlineData("x TTJ4H-KKGDM-9T\nY78-2D4XJ-V943J y")]
    [InlineData("x TTJ4H-KKGDM-9TY78-\r\n    2D4XJ-V943J y")]
    [InlineData("x TTJ4H KKGDM\n    9TY78 2D4XJ V943J y")]
    public void Add_KeyWrappedOverLines_IsMaskedBeforeTheLinesAreJoined(string note)
    {
        var details = new AuditDetails().Add("note", note).ToString();

        Assert.DoesNotContain("KKGDM", details, StringComparison.Ordinal);
        Assert.Contains("V943J", details, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', details);
    }

    [Fact]
    public void Change_PlainText_QuotedOnOneLine()
    {
        var details = new AuditDetails().Change("notes", "first line\nsecond", "done").ToString();

        Assert.Equal("notes: \"first line second\" -> \"done\"", details);
    }
}
