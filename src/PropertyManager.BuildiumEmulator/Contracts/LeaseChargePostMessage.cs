using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseChargePostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseChargePostMessage
{
    public DateOnly? Date { get; set; }

    [MaxLength(65)]
    public string? Memo { get; set; }

    public int? BillId { get; set; }

    public List<LeaseChargeLineSaveMessage>? Lines { get; set; }
}
