using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Buildium <c>GLAccountPutMessage</c> (write shape).</summary>
public sealed class GLAccountPutMessage
{
    public required string Name { get; set; }

    public required BuildiumEnumValue<GLAccountSubType> SubType { get; set; }

    public int? ParentGLAccountId { get; set; }

    public bool? IsCashAsset { get; set; }

    public string? AccountNumber { get; set; }

    public string? Description { get; set; }

    public bool? IsContraAccount { get; set; }

    public BuildiumEnumValue<CashFlowClassification>? CashFlowClassification { get; set; }
}
