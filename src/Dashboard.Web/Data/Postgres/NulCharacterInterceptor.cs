using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// Drops U+0000 from every text sent to PostgreSQL, whose text type cannot hold it (SQLite stores it like
/// any other character). A damaged capture may carry a stray one, and so may a typed value; the parser
/// skips the character anyway, so dropping it keeps the report readable instead of failing its
/// transaction. Look-ups drop it too, so they search for what could have been stored.
/// </summary>
internal sealed class NulCharacterInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);

        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Clean(command);

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Clean(command);

        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Clean(command);

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Clean(command);

        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Clean(command);

        return ValueTask.FromResult(result);
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            // Only a value that holds the character is replaced: setting a parameter can reset its type.
            switch (parameter.Value)
            {
                case string text when text.Contains('\0', StringComparison.Ordinal):
                    parameter.Value = Strip(text);
                    break;
                case IEnumerable<string?> texts when texts.Any(text => text?.Contains('\0') == true):
                    parameter.Value = texts.Select(text => text is null ? null : Strip(text)).ToArray();
                    break;
            }
        }
    }

    private static string Strip(string text) => text.Replace("\0", "", StringComparison.Ordinal);
}
