using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Features.Administration;

/// <summary>People, their roles and locks. Every change goes through <see cref="UserAdministration"/>.</summary>
public sealed partial class UsersPage
{
    [Inject]
    private UserDirectory Directory { get; set; } = default!;

    [Inject]
    private UserAdministration Admin { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private static readonly DialogOptions s_dialog = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private IReadOnlyList<UserView> _users = [];
    private string? _self;
    private string? _error;
    private bool _loading = true;

    protected override async Task OnInitializedAsync()
    {
        _self = (await Authentication).User.Identity?.Name;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _users = await Directory.ListAsync(CancellationToken.None);
        _loading = false;
    }

    private bool IsSelf(UserView user) => string.Equals(user.Email, _self, StringComparison.OrdinalIgnoreCase);

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<UserCreateDialog>("Add a person", s_dialog);
        if (await dialog.Result is { Canceled: false, Data: string email })
        {
            await DoneAsync($"{email} can sign in now.");
        }
    }

    private async Task ChangeRolesAsync(UserView user)
    {
        var parameters = new DialogParameters<UserRolesDialog> { { d => d.User, user } };
        var dialog = await Dialogs.ShowAsync<UserRolesDialog>($"Roles of {user.Email}", parameters, s_dialog);
        if (await dialog.Result is { Canceled: false })
        {
            await DoneAsync($"Roles of {user.Email} changed.");
        }
    }

    private async Task SetPasswordAsync(UserView user)
    {
        var parameters = new DialogParameters<PasswordDialog> { { d => d.User, user } };
        var dialog = await Dialogs.ShowAsync<PasswordDialog>($"New password for {user.Email}", parameters, s_dialog);
        if (await dialog.Result is { Canceled: false })
        {
            await DoneAsync($"{user.Email} has a new password.");
        }
    }

    private async Task LockAsync(UserView user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Lock {user.Email}?",
            "They are signed out within a minute and cannot sign in until an admin unlocks the account.",
            yesText: "Lock", cancelText: "Cancel");
        if (confirmed == true)
        {
            await ApplyAsync(await Admin.LockAsync(user.Id, CancellationToken.None), $"{user.Email} is locked.");
        }
    }

    private async Task UnlockAsync(UserView user) =>
        await ApplyAsync(await Admin.UnlockAsync(user.Id, CancellationToken.None), $"{user.Email} may sign in again.");

    private async Task ApplyAsync(UserChange change, string done)
    {
        if (!change.Succeeded)
        {
            _error = string.Join(" ", change.Errors);
            return;
        }

        await DoneAsync(done);
    }

    private async Task DoneAsync(string message)
    {
        _error = null;
        Snackbar.Add(message, Severity.Success);
        await LoadAsync();
    }
}
