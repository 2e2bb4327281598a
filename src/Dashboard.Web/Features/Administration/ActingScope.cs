using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Administration;

/// <summary>
/// A fresh service scope per change, acting as the caller. A page's own scope lives as long as its
/// circuit, and Identity's context in it would keep serving users as they were when the page opened;
/// a new scope reads them as they are now, and its audit entries still name who acted.
/// </summary>
public sealed class ActingScope(IServiceScopeFactory scopes, CurrentActor actor)
{
    public AsyncServiceScope Begin()
    {
        var scope = scopes.CreateAsyncScope();
        if (actor.User is { } user)
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetCircuitUser(user);
        }

        return scope;
    }
}
