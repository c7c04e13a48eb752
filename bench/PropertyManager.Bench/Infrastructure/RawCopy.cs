using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PropertyManager.Bench.Infrastructure;

/// <summary>
/// Plain Npgsql binary COPY of entities into a table: PostgreSQL's fastest way in, the practical limit the upserter
/// is compared with. Values are written as the upserter writes them into its staging table, so both carry the same bytes.
/// </summary>
internal static class RawCopy
{
    public static async Task<ulong> CopyAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyList<IProperty> columns, StoreObjectIdentifier store, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var names = string.Join(", ", columns.Select(c => "\"" + c.GetColumnName(store) + "\""));
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var types = columns.Select(c => TypeName(c.GetColumnType())).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < getters.Length; i++)
            {
                switch (getters[i].GetClrValue(row))
                {
                    case null:
                        await writer.WriteNullAsync(cancellationToken);
                        break;
                    case DateTimeOffset offset:
                        await writer.WriteAsync(offset.ToUniversalTime(), types[i], cancellationToken);
                        break;
                    case DateTime dateTime:
                        await writer.WriteAsync(DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified), types[i], cancellationToken);
                        break;
                    case var value:
                        await writer.WriteAsync(value, types[i], cancellationToken);
                        break;
                }
            }
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>"character varying(127)" → "character varying": COPY wants the type, not its modifiers.</summary>
    private static string TypeName(string columnType)
    {
        var paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren] + columnType[(columnType.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }
}
