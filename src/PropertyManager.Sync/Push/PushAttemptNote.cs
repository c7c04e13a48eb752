using System.Globalization;
using System.Text.RegularExpressions;
using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.Push;

/// <summary>
/// The push's bookkeeping at the start of <c>error_message</c> (the documented table has no columns for it; see
/// <see cref="OutboxNotes"/>): <c>[attempt N] message</c> for failures retried with back-off from <c>updated_at</c>,
/// <c>[outcome unknown, attempt N] message</c> for a POST that may have landed, <c>[rejected] message</c> for what
/// Buildium refused (400/422) or the record lacks, which waits for the next edit.
/// </summary>
public static partial class PushAttemptNote
{
    public const string RejectedPrefix = "[rejected] ";

    /// <summary>The claim query's test for a retryable note (PostgreSQL regular expression).</summary>
    public const string RetryablePattern = @"^\[(outcome unknown, )?attempt [0-9]+\]";

    public static string Retry(int attempt, string message) => $"[attempt {attempt}] {message}";

    public static string Unknown(int attempt, string message) => $"{OutboxNotes.OutcomeUnknownPrefix}, attempt {attempt}] {message}";

    public static string Rejected(string message) => RejectedPrefix + message;

    public static int Attempts(string? note) =>
        note is not null && AttemptRegex().Match(note) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    public static bool IsOutcomeUnknown(string? note) => note?.StartsWith(OutboxNotes.OutcomeUnknownPrefix, StringComparison.Ordinal) == true;

    [GeneratedRegex(@"^\[(?:outcome unknown, )?attempt (\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex AttemptRegex();
}
