using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Common;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Engine;

namespace PropertyManager.Sync.Push;

/// <summary>
/// Write-only and masked fields (ADR-013): Buildium clears what a PUT leaves out, never returns an owner's
/// <c>DateOfBirth</c> or a GL account's <c>IsCashAsset</c>, and returns an individual's SSN masked. A push sends the
/// value it knows (<see cref="WriteOnlyValue"/>), and refuses the edit, with what to do, when it does not know it.
/// </summary>
public abstract partial class KindPush
{
    internal const string UnknownDateOfBirth =
        "Buildium never shows an owner's date of birth and clears it on any update that leaves it out, so this change was not sent. "
        + "On the owner's edit page, enter the date of birth or tick \"No date of birth in Buildium\", then retry.";

    internal const string UnknownCashAsset =
        "Buildium never shows whether a current asset account is a cash asset and clears it on any update that leaves it out, so this change was not sent. "
        + "On the account's edit page, answer \"Cash asset in Buildium\", then retry.";

    internal const string MaskedTaxId =
        "Buildium shows this vendor's SSN masked and clears it on any update that does not send it in full, so this change was not sent. "
        + "On the vendor's edit page, enter the full tax id (123-45-6789 or 12-3456789), then retry.";

    protected Task<WriteOnlyValue?> KnownAsync(string kind, Guid entityId, string field, CancellationToken cancellationToken) =>
        Db.WriteOnlyValues.AsNoTracking().SingleOrDefaultAsync(v => v.Kind == kind && v.EntityId == entityId && v.Field == field, cancellationToken);

    /// <summary>Records the value Buildium now holds (sent by this push), so later pushes can send it again.</summary>
    protected Task<int> RememberAsync(string kind, Guid entityId, string field, string? value, CancellationToken cancellationToken) =>
        WriteOnlyMemory.RememberAsync(Db, kind, entityId, field, value, Time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Buildium's <c>IsCashAsset</c> for an account: null unless its sub type is <c>CurrentAsset</c> (Buildium refuses
    /// a value there); else the value this app knows; else false when Buildium's own fields rule a cash asset out (a
    /// cash asset has no cash flow classification and is no contra account); else unknown (<c>Known</c> false).
    /// </summary>
    internal static (bool Known, bool? Value) CashAsset(GlAccount merged, string? buildiumCashFlow, bool? buildiumContra, WriteOnlyValue? known)
    {
        if (!string.Equals(merged.SubType, "CurrentAsset", StringComparison.Ordinal))
        {
            return (true, null);
        }

        if (known is not null)
        {
            return (true, ParseCashAsset(known.Value));
        }

        return !string.IsNullOrEmpty(buildiumCashFlow) || buildiumContra == true ? (true, false) : (false, null);
    }

    internal static bool? ParseCashAsset(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    internal static string CashAssetJson(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "null",
    };

    /// <summary>A vendor's tax id as it may be sent: blank, or in full in an SSN's or an EIN's format, never masked.</summary>
    protected static void CheckTaxId(string? taxId)
    {
        if (string.IsNullOrWhiteSpace(taxId))
        {
            return;
        }

        if (TaxPayerIds.IsMasked(taxId))
        {
            throw new PushRejectedException(MaskedTaxId);
        }

        if (TaxPayerIds.TypeOf(taxId.Trim()) is null)
        {
            throw new PushRejectedException("The vendor's tax id is neither an SSN (123-45-6789) nor an EIN (12-3456789); correct it on the vendor's edit page, then retry.");
        }
    }
}
