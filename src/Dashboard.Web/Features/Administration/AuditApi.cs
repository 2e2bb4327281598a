using System.Globalization;
using System.Text;
using Dashboard.Web.Api;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Features.Administration;

/// <summary>The audit log for admins' tools: JSON pages by key, and CSV for a spreadsheet.</summary>
public static class AuditApi
{
    public const int DefaultLimit = 100;

    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithName("ListAuditEntries")
            .RequireAuthorization(AccessPolicies.Administer)
            .WithSummary("Audit entries newest first; pass next as before for the following page");
        api.MapGet("/audit.csv", Export).WithName("ExportAuditEntries")
            .RequireAuthorization(AccessPolicies.Administer)
            .WithSummary("The same entries as CSV, every cell safe to open in a spreadsheet");
    }

    internal static async Task<Results<Ok<AuditEntryPage>, ProblemHttpResult>> ListAsync(
        AuditQueries audit, string? from, string? to, string? action, string? actor, int? limit, long? before,
        CancellationToken ct)
    {
        var query = AuditQuery.Read(from, to, action, actor, limit, before);
        if (query.Problems.Count > 0)
        {
            return ApiProblems.Invalid(query.Problems);
        }

        return TypedResults.Ok(await audit.PageAsync(query.Filter, before, limit ?? DefaultLimit, ct));
    }

    internal static Results<PushStreamHttpResult, ProblemHttpResult> Export(
        AuditQueries audit, string? from, string? to, string? action, string? actor, int? limit, long? before,
        CancellationToken ct)
    {
        var query = AuditQuery.Read(from, to, action, actor, limit, before);
        if (query.Problems.Count > 0)
        {
            return ApiProblems.Invalid(query.Problems);
        }

        return TypedResults.Stream(
            async stream => await AuditCsv.WriteAsync(stream, audit.StreamAsync(query.Filter, before, limit, ct)),
            "text/csv; charset=utf-8",
            "audit.csv");
    }
}

/// <summary>The audit API's query, read and checked: every problem names its parameter.</summary>
internal sealed record AuditQuery(AuditFilter Filter, Dictionary<string, string[]> Problems)
{
    public static AuditQuery Read(string? from, string? to, string? action, string? actor, int? limit, long? before)
    {
        var problems = new Dictionary<string, string[]>();
        var start = ReadTime("from", from, problems);
        var end = ReadTime("to", to, problems);
        if (limit is < 1 or > AuditQueries.MaxLimit)
        {
            problems["limit"] = [$"is {limit}; it must be 1 to {AuditQueries.MaxLimit}"];
        }

        if (before is < 1)
        {
            problems["before"] = [$"is {before}; it must be an entry id (the next of the previous page)"];
        }

        if (start is not null && end is not null && end <= start)
        {
            problems["to"] = ["must be later than from"];
        }

        return new AuditQuery(new AuditFilter(action, actor, start, end), problems);
    }

    private static DateTime? ReadTime(string name, string? text, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, utc, out var time))
        {
            return time;
        }

        problems[name] = [$"is '{text}'; give an ISO 8601 time such as 2026-12-01 or 2026-12-01T08:00:00Z"];

        return null;
    }
}

/// <summary>Audit entries as CSV; an actor or target such as <c>=HYPERLINK(...)</c> stays text.</summary>
public static class AuditCsv
{
    public static readonly string Header = CsvText.Line("id", "at_utc", "actor", "action", "target", "details");

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<AuditEntryView> entries)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(Header);
        await foreach (var entry in entries)
        {
            await writer.WriteAsync(Line(entry));
        }
    }

    public static string Line(AuditEntryView entry) => CsvText.Line(
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        entry.Actor, entry.Action, entry.Target, entry.Details);
}
