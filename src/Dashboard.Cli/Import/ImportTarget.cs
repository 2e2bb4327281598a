namespace Dashboard.Cli.Import;

/// <summary>The running dashboard that receives an import, and what every request carries.</summary>
/// <param name="BaseUrl">The dashboard's address, e.g. <c>http://localhost:5080</c>.</param>
/// <param name="Station">The capturing station, sent with every report when given.</param>
/// <param name="ApiKey">Sent as the <c>X-Api-Key</c> header when given.</param>
public sealed record ImportTarget(Uri BaseUrl, string? Station, string? ApiKey);
