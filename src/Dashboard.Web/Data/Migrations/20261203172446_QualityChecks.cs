using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QualityChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Aql = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: false),
                    InspectionLevel = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LotSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Accept = table.Column<int>(type: "INTEGER", nullable: false),
                    Reject = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WaivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WaivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotChecks_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotCheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeviceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Ticks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PhotoFileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FreshReportId = table.Column<long>(type: "INTEGER", nullable: true),
                    Discrepancy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckItems_Devices_DeviceSerial",
                        column: x => x.DeviceSerial,
                        principalTable: "Devices",
                        principalColumn: "Serial",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpotCheckItems_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckItems_DeviceSerial",
                table: "SpotCheckItems",
                column: "DeviceSerial");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckItems_SpotCheckId_DeviceSerial",
                table: "SpotCheckItems",
                columns: new[] { "SpotCheckId", "DeviceSerial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_BatchId_CreatedAt",
                table: "SpotChecks",
                columns: new[] { "BatchId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpotCheckItems");

            migrationBuilder.DropTable(
                name: "SpotChecks");
        }
    }
}
