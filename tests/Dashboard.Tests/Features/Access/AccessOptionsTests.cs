using System.ComponentModel.DataAnnotations;
using Dashboard.Web.Features.Access;

namespace Dashboard.Tests.Features.Access;

public sealed class AccessOptionsTests
{
    [Fact]
    public void Validate_BlankBootstrapSettings_MeanNotSet()
    {
        var options = new AccessOptions
        {
            BootstrapStationKey = "",
            BootstrapDisplayToken = "",
            BootstrapAdminEmail = "",
            BootstrapAdminPassword = "",
        };

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_ShortSecretsAndBadEmail_NameEachSetting()
    {
        var options = new AccessOptions
        {
            BootstrapStationKey = "short",
            BootstrapDisplayToken = "short",
            BootstrapAdminEmail = "not an email",
        };

        var errors = Validate(options);

        Assert.Contains("Security:BootstrapStationKey must be at least 24 characters long.", errors);
        Assert.Contains("Security:BootstrapDisplayToken must be at least 24 characters long.", errors);
        Assert.Contains("Security:BootstrapAdminEmail is not an email address.", errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3601)]
    public void Validate_RevalidationOutOfRange_Refused(int seconds)
    {
        var errors = Validate(new AccessOptions { RevalidationSeconds = seconds });

        Assert.Contains(errors, error => error.Contains("RevalidationSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void RevalidationSeconds_Default_IsOneMinute() => Assert.Equal(60, new AccessOptions().RevalidationSeconds);

    private static List<string> Validate(AccessOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        return [.. results.Select(result => result.ErrorMessage ?? "")];
    }
}
