using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyManager.Data.Accounts.Migrations
{
    /// <inheritdoc />
    public partial class AccountantRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                schema: "identity",
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[] { new Guid("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a04"), "6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a04", "Accountant", "ACCOUNTANT" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                schema: "identity",
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a04"));
        }
    }
}
