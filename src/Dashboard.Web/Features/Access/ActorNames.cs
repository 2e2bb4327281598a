namespace Dashboard.Web.Features.Access;

/// <summary>Names a signed-in person where a form or a request body asks them to type their own.</summary>
public static class ActorNames
{
    /// <summary>The signed-in person's user name; null for a station, a display or nobody.</summary>
    public static string? PersonName(this CurrentActor actor) =>
        actor.User is { } user && user.IsPerson() ? user.ActorName() : null;

    /// <summary>What was typed, or the signed-in person's user name when nothing was.</summary>
    public static string? NameOr(this CurrentActor actor, string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? actor.PersonName() : typed;
}
