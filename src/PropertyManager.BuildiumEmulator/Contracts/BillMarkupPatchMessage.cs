using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillMarkupPatchMessage" schema (shared/buildium/openapi.json).
internal sealed class BillMarkupPatchMessage
{
    public double? Amount { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.BillMarkupType))]
    public string? Type { get; set; }
}
