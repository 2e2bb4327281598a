using Dashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Tests.Data;

public sealed class DatabaseErrorsTests
{
    [Theory]
    [InlineData("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1); INSERT INTO t VALUES (1);")]
    [InlineData("CREATE TABLE t (v TEXT UNIQUE); INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('a');")]
    public void IsUniqueViolation_SqliteKeyOrIndexHoldsValue_True(string sql)
    {
        var failure = SqliteFailure(sql);

        Assert.True(DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed", failure)));
    }

    [Fact]
    public void IsUniqueViolation_SqliteOtherConstraint_False()
    {
        var failure = SqliteFailure("CREATE TABLE t (v TEXT NOT NULL); INSERT INTO t VALUES (NULL);");

        Assert.False(DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed", failure)));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation, true)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    [InlineData(PostgresErrorCodes.StringDataRightTruncation, false)]
    public void IsUniqueViolation_PostgresSqlState_OnlyUniqueViolation(string sqlState, bool expected)
    {
        var failure = new PostgresException("duplicate key value", "ERROR", "ERROR", sqlState);

        Assert.Equal(expected, DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed", failure)));
    }

    [Fact]
    public void IsUniqueViolation_NoDatabaseError_False()
    {
        Assert.False(DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed")));
    }

    private static SqliteException SqliteFailure(string sql)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        return Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }
}
