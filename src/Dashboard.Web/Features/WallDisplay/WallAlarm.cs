namespace Dashboard.Web.Features.WallDisplay;

/// <summary>Something on the line has stopped and stays on the wall above everything else.</summary>
/// <param name="Word">The one-word headline, e.g. "EXHAUSTED".</param>
/// <param name="Detail">What happened and where.</param>
public sealed record WallAlarm(string Word, string Detail);
