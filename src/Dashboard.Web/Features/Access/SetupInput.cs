using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Access;

public sealed class SetupInput
{
    [Required(ErrorMessage = "Enter the setup code from the server's log.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the admin's email.")]
    [EmailAddress(ErrorMessage = "This is not an email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
