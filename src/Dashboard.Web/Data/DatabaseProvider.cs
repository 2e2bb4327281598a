namespace Dashboard.Web.Data;

/// <summary>The databases the dashboard runs on, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file in the data folder: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for installations that outgrow one machine.</summary>
    Postgres,
}
