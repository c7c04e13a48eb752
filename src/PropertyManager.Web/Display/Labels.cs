using System.Text;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Units;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;

namespace PropertyManager.Web.Display;

/// <summary>
/// The one mapping from stored values (Buildium's enum names, the app's statuses, sync kinds such as
/// <c>bill_payment</c>) to the words people read. Pages, CSV exports and the sync console all go through it, so a
/// value reads the same everywhere. A value not listed is still made readable ("PartiallyPaid" → "Partially paid").
/// </summary>
public static class Labels
{
    /// <summary>What an empty value shows as.</summary>
    public const string Empty = "—";

    private static readonly Dictionary<string, string> _known = new(StringComparer.Ordinal)
    {
        [nameof(UnitBedrooms.NotSet)] = "Not set",
        [nameof(UnitBedrooms.OneBed)] = "1 bed",
        [nameof(UnitBedrooms.TwoBed)] = "2 bed",
        [nameof(UnitBedrooms.ThreeBed)] = "3 bed",
        [nameof(UnitBedrooms.FourBed)] = "4 bed",
        [nameof(UnitBedrooms.FiveBed)] = "5 bed",
        [nameof(UnitBedrooms.SixBed)] = "6 bed",
        [nameof(UnitBedrooms.SevenBed)] = "7 bed",
        [nameof(UnitBedrooms.EightBed)] = "8 bed",
        [nameof(UnitBedrooms.NineBedPlus)] = "9+ bed",
        [nameof(UnitBathrooms.OneBath)] = "1 bath",
        [nameof(UnitBathrooms.OnePointFiveBath)] = "1.5 bath",
        [nameof(UnitBathrooms.TwoBath)] = "2 bath",
        [nameof(UnitBathrooms.TwoPointFiveBath)] = "2.5 bath",
        [nameof(UnitBathrooms.ThreeBath)] = "3 bath",
        [nameof(UnitBathrooms.ThreePointFiveBath)] = "3.5 bath",
        [nameof(UnitBathrooms.FourBath)] = "4 bath",
        [nameof(UnitBathrooms.FourPointFiveBath)] = "4.5 bath",
        [nameof(UnitBathrooms.FiveBath)] = "5 bath",
        [nameof(UnitBathrooms.FivePlusBath)] = "5+ bath",
        [nameof(RentalSubType.CondoTownhome)] = "Condo / townhome",
        [nameof(RentalSubType.MultiFamily)] = "Multi-family",
        [nameof(RentalSubType.SingleFamily)] = "Single-family",
        [BillStatuses.PartiallyPaid] = "Partially paid",
        [TaskStatuses.InProgress] = "In progress",
        ["AtWill"] = "Month-to-month",
        ["MonthToMonth"] = "Month-to-month",
        ["FixedWithRollover"] = "Fixed with rollover",
        [SyncStates.Pending] = "Pending push",
        [SyncStates.Failed] = "Push failed",
        [SyncStates.Synced] = "Synced",
        [SyncEntityTypes.GlAccount] = "GL account",
        [SyncEntityTypes.TaskHistoryFile] = "Task history file",
        ["EIN"] = "EIN",
        ["SSN"] = "SSN",
    };

    /// <summary>The readable name of <paramref name="value"/>; null stays null (a CSV cell stays empty).</summary>
    public static string? Of(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : _known.TryGetValue(value, out var known) ? known : Humanize(value);

    /// <summary>The readable name of <paramref name="value"/>, or "—" when there is none (for pages).</summary>
    public static string Show(string? value) => Of(value) ?? Empty;

    /// <summary>Free text (a name, a description) as typed, or "—" when there is none; never reworded as <see cref="Show(string?)"/> does.</summary>
    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Empty : value;

    /// <summary>Any value for a page: "—" when null or blank.</summary>
    public static string Show(object? value) => value switch
    {
        null => Empty,
        string s => string.IsNullOrWhiteSpace(s) ? Empty : s,
        _ => value.ToString() is { Length: > 0 } text ? text : Empty,
    };

    /// <summary>"PartiallyPaid" → "Partially paid", "bill_payment" → "Bill payment"; acronyms ("EIN") stay.</summary>
    private static string Humanize(string value)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '_' or '-' or ' ')
            {
                Flush();
                continue;
            }

            var startsWord = word.Length > 0 && char.IsUpper(c)
                && (char.IsLower(value[i - 1]) || char.IsDigit(value[i - 1]) || (i + 1 < value.Length && char.IsLower(value[i + 1])));
            if (startsWord)
            {
                Flush();
            }

            word.Append(c);
        }

        Flush();
        if (words.Count == 0)
        {
            return value;
        }

        var text = string.Join(' ', words.Select(w => w.Length > 1 && w.All(char.IsUpper) ? w : w.ToLowerInvariant()));
        return char.ToUpperInvariant(text[0]) + text[1..];

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
