using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Migrations
{
    /// <summary>
    /// No change to the schema. Product keys became recognised in more forms (split by blanks, line breaks,
    /// other dashes and separators, full-width characters); a database that held data before this
    /// migration has every stored text checked again once, by <see cref="StoredKeyScrub"/>.
    /// </summary>
    public partial class RedactStoredKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
