using Dashboard.Core.PhoneActivation;

namespace Dashboard.Tests.PhoneActivation;

public sealed class PhoneIdsTests
{
    private const string Cid48 = "123456234567345678456789567890678901789012890123";

    [Fact]
    public void GroupInstallationId_63Digits_NineGroupsOfSeven()
    {
        var groups = PhoneIds.GroupInstallationId(new string('1', 56) + "2345678");

        Assert.Equal(9, groups.Count);
        Assert.All(groups, group => Assert.Equal(7, group.Length));
        Assert.Equal("2345678", groups[^1]);
    }

    [Fact]
    public void GroupInstallationId_54Digits_NineGroupsOfSix()
    {
        var groups = PhoneIds.GroupInstallationId(new string('3', 48) + "654321");

        Assert.Equal(9, groups.Count);
        Assert.Equal("654321", groups[^1]);
    }

    [Fact]
    public void GroupInstallationId_Missing_NoGroups() => Assert.Empty(PhoneIds.GroupInstallationId(null));

    [Theory]
    [InlineData(Cid48)]
    [InlineData("123456-234567-345678-456789-567890-678901-789012-890123")]
    [InlineData(" 123456 234567 345678 456789 567890 678901 789012 890123 ")]
    public void CheckConfirmationId_48DigitsWithOrWithoutSeparators_IsAccepted(string typed)
    {
        var check = PhoneIds.CheckConfirmationId(typed);

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(Cid48, check.Digits);
        Assert.Equal("123456-234567-345678-456789-567890-678901-789012-890123", check.Grouped);
    }

    [Fact]
    public void CheckConfirmationId_47Digits_SaysHowManyItHas()
    {
        var check = PhoneIds.CheckConfirmationId(Cid48[..47]);

        Assert.Equal("47 digits; a Confirmation ID has 48 (8 groups of 6).", check.Error);
    }

    [Fact]
    public void CheckConfirmationId_Letter_SaysWhere()
    {
        var check = PhoneIds.CheckConfirmationId("12345X" + Cid48[6..]);

        Assert.Equal("'X' at position 6 is not a digit; a Confirmation ID has only digits, in 8 groups of 6.",
            check.Error);
    }

    [Fact]
    public void CheckConfirmationId_UnevenGroups_SaysWhichGroup()
    {
        var check = PhoneIds.CheckConfirmationId("12345 6234567 345678 456789 567890 678901 789012 890123");

        Assert.Equal("Group 1 has 5 digits; each of the 8 groups has 6.", check.Error);
    }

    [Fact]
    public void CheckConfirmationId_Empty_AsksForIt() =>
        Assert.False(PhoneIds.CheckConfirmationId("  ").IsValid);
}
