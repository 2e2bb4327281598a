using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EpkeaKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartialProductKey = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Allotment = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpkeaKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlannedQuantity = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExpectedKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReportAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeviceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Batches_EpkeaKeys_ExpectedKeyId",
                        column: x => x.ExpectedKeyId,
                        principalTable: "EpkeaKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "BatchStateCounts",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchStateCounts", x => new { x.BatchId, x.State });
                    table.ForeignKey(
                        name: "FK_BatchStateCounts_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Serial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StateAction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CurrentReportId = table.Column<long>(type: "INTEGER", nullable: true),
                    LastCapturedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PartialProductKey = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    LicenseStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivationCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Serial);
                    table.ForeignKey(
                        name: "FK_Devices_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KeyActivations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PartialProductKey = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ActivatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    IsRepeat = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyActivations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyActivations_Devices_DeviceSerial",
                        column: x => x.DeviceSerial,
                        principalTable: "Devices",
                        principalColumn: "Serial",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CapturedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    Encoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RedactedText = table.Column<string>(type: "TEXT", nullable: false),
                    ParsedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PartialProductKey = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    LicenseStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ErrorCodes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StateAction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RedactedKeys = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Devices_DeviceSerial",
                        column: x => x.DeviceSerial,
                        principalTable: "Devices",
                        principalColumn: "Serial",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Batches_ExpectedKeyId",
                table: "Batches",
                column: "ExpectedKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_LastReportAt",
                table: "Batches",
                column: "LastReportAt");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_BatchId_LastCapturedAt",
                table: "Devices",
                columns: new[] { "BatchId", "LastCapturedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_BatchId_Serial",
                table: "Devices",
                columns: new[] { "BatchId", "Serial" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_BatchId_State_Serial",
                table: "Devices",
                columns: new[] { "BatchId", "State", "Serial" });

            migrationBuilder.CreateIndex(
                name: "IX_EpkeaKeys_PartialProductKey",
                table: "EpkeaKeys",
                column: "PartialProductKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyActivations_BatchId_ActivatedAt",
                table: "KeyActivations",
                columns: new[] { "BatchId", "ActivatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyActivations_DeviceSerial",
                table: "KeyActivations",
                column: "DeviceSerial");

            migrationBuilder.CreateIndex(
                name: "IX_KeyActivations_PartialProductKey_ActivatedAt",
                table: "KeyActivations",
                columns: new[] { "PartialProductKey", "ActivatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyActivations_ReportId",
                table: "KeyActivations",
                column: "ReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_BatchId",
                table: "Reports",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_DeviceSerial_CapturedAt",
                table: "Reports",
                columns: new[] { "DeviceSerial", "CapturedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_DeviceSerial_ContentHash",
                table: "Reports",
                columns: new[] { "DeviceSerial", "ContentHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchStateCounts");

            migrationBuilder.DropTable(
                name: "KeyActivations");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropTable(
                name: "EpkeaKeys");
        }
    }
}
