using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TriageAndPhoneQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PhoneCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OpenedByReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InstallationId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    LatestInstallationId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ActivationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PartialProductKey = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmationId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ConfirmationForInstallationId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByReportId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhoneCases_Devices_DeviceSerial",
                        column: x => x.DeviceSerial,
                        principalTable: "Devices",
                        principalColumn: "Serial",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PhoneCaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhoneCaseEvents_PhoneCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PhoneCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCaseEvents_CaseId_At",
                table: "PhoneCaseEvents",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCases_ClosedAt_OpenedAt",
                table: "PhoneCases",
                columns: new[] { "ClosedAt", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCases_DeviceSerial_ClosedAt",
                table: "PhoneCases",
                columns: new[] { "DeviceSerial", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhoneCaseEvents");

            migrationBuilder.DropTable(
                name: "PhoneCases");
        }
    }
}
