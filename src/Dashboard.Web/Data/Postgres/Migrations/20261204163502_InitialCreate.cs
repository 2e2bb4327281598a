using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Target = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EpkeaKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    PartialProductKey = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    Allotment = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeadTimeDays = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpkeaKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MachineCredentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Hint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Scopes = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineCredentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PlannedQuantity = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ExpectedKeyId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastReportAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeviceCount = table.Column<int>(type: "integer", nullable: false),
                    ReportCount = table.Column<int>(type: "integer", nullable: false)
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
                name: "KeyCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyId = table.Column<int>(type: "integer", nullable: false),
                    Remaining = table.Column<int>(type: "integer", nullable: false),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCheckpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCheckpoints_EpkeaKeys_KeyId",
                        column: x => x.KeyId,
                        principalTable: "EpkeaKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BatchStateCounts",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "character varying(64)", nullable: false, collation: "C"),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StateReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    StateAction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    CurrentReportId = table.Column<long>(type: "bigint", nullable: true),
                    LastCapturedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Edition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PartialProductKey = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true, collation: "C"),
                    LicenseStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportCount = table.Column<int>(type: "integer", nullable: false),
                    ActivationCount = table.Column<int>(type: "integer", nullable: false)
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
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Aql = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    InspectionLevel = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LotSize = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Accept = table.Column<int>(type: "integer", nullable: false),
                    Reject = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WaivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    WaivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaiverReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
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
                name: "KeyActivations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PartialProductKey = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true, collation: "C"),
                    ActivatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    IsRepeat = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "PhoneCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    OpenedByReportId = table.Column<long>(type: "bigint", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InstallationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    LatestInstallationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    ActivationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PartialProductKey = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true, collation: "C"),
                    Edition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ClaimedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmationId = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true, collation: "C"),
                    ConfirmationForInstallationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedByReportId = table.Column<long>(type: "bigint", nullable: true)
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
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    CapturedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SourceName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true, collation: "C"),
                    Encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    RedactedText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ParsedJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Edition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PartialProductKey = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true, collation: "C"),
                    LicenseStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ErrorCodes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StateReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    StateAction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RedactedKeys = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "SpotCheckItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpotCheckId = table.Column<long>(type: "bigint", nullable: false),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Ticks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    CheckedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PhotoFileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    FreshReportId = table.Column<long>(type: "bigint", nullable: true),
                    Discrepancy = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "PhoneCaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Action_At",
                table: "AuditLog",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

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
                name: "IX_KeyCheckpoints_KeyId_AsOf",
                table: "KeyCheckpoints",
                columns: new[] { "KeyId", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MachineCredentials_SecretHash",
                table: "MachineCredentials",
                column: "SecretHash",
                unique: true);

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "BatchStateCounts");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "KeyActivations");

            migrationBuilder.DropTable(
                name: "KeyCheckpoints");

            migrationBuilder.DropTable(
                name: "MachineCredentials");

            migrationBuilder.DropTable(
                name: "PhoneCaseEvents");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "SpotCheckItems");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "PhoneCases");

            migrationBuilder.DropTable(
                name: "SpotChecks");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropTable(
                name: "EpkeaKeys");
        }
    }
}
