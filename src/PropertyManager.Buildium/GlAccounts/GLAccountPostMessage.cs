using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Buildium <c>GLAccountPostMessage</c> (write shape).</summary>
public sealed class GLAccountPostMessage
{
    public required BuildiumEnumValue<GLAccountSubType> SubType { get; set; }

    public bool? IsCashAsset { get; set; }

    public required string Name { get; set; }

    public required string AccountNumber { get; set; }

    public string? Description { get; set; }

    public bool? IsContraAccount { get; set; }

    public BuildiumEnumValue<CashFlowClassification>? CashFlowClassification { get; set; }

    public int? ParentGLAccountId { get; set; }
}
