using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Access;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}
