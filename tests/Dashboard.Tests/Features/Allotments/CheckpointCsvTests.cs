using Dashboard.Web.Features.Allotments;

namespace Dashboard.Tests.Features.Allotments;

public sealed class CheckpointCsvTests
{
    [Fact]
    public void Read_ValidFile_ReadsEveryRow()
    {
        const string csv = "remaining;asOf;enteredBy\n4500;2026-03-02;\"A. Ops\"\n4,420;2026-03-09T14:00:00Z;\n";

        var (rows, errors) = CheckpointCsv.Read(csv);

        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), rows[0].Input.AsOf);
        Assert.Equal("A. Ops", rows[0].Input.EnteredBy);
        Assert.Equal(4420, rows[1].Input.Remaining);
        Assert.Equal("Line 3", rows[1].Where);
    }

    [Fact]
    public void Read_QuotedFieldsWithSeparators_StayWhole()
    {
        const string csv = "asOf,remaining,enteredBy\n2026-03-02,\"4,420\",\"Doe, Jane\"\n";

        var (rows, errors) = CheckpointCsv.Read(csv);

        Assert.Empty(errors);
        var input = Assert.Single(rows).Input;
        Assert.Equal(4420, input.Remaining);
        Assert.Equal("Doe, Jane", input.EnteredBy);
    }

    [Fact]
    public void Read_UnclosedQuote_NamesItsLine()
    {
        const string csv = "asOf,remaining\n2026-03-02,4500\n2026-03-03,\"4400\n";

        var (rows, errors) = CheckpointCsv.Read(csv);

        Assert.Single(rows);
        Assert.StartsWith("Line 3: a quoted field is not closed", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRows_ReportsEachWithItsLine()
    {
        const string csv = "asOf,remaining\n2026-03-02,4500\nnot a date,12\n2026-03-04,lots\n";

        var (_, errors) = CheckpointCsv.Read(csv);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Line 3: asOf 'not a date'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 4: remaining 'lots'", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumns_SaysWhichAreNeeded()
    {
        var (rows, errors) = CheckpointCsv.Read("date,count\n2026-03-02,4500\n");

        Assert.Empty(rows);
        Assert.Contains("asOf and remaining", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FullKeyInAField_IsNotEchoed()
    {
        const string key = "ABCDE-FGHJK-MNPQR-STVWX-Y2346";

        var (_, errors) = CheckpointCsv.Read($"asOf,remaining\n2026-03-02,{key}\n");

        Assert.DoesNotContain(key, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FullKeyAsEnteredBy_IsRefused()
    {
        var asOf = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        var input = new CheckpointInput(10, asOf, "ABCDE-FGHJK-MNPQR-STVWX-Y2346");

        var problems = CheckpointRules.Check(input, 100, new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc));

        Assert.Contains("full product key", problems["enteredBy"], StringComparison.Ordinal);
    }
}
