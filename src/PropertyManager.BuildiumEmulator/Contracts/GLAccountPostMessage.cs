using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "GLAccountPostMessage" schema (shared/buildium/openapi.json).
internal sealed class GLAccountPostMessage
{
    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.GLAccountSubType))]
    public string? SubType { get; set; }

    public bool? IsCashAsset { get; set; }

    [Required]
    [MaxLength(50)]
    public string? Name { get; set; }

    [Required]
    [MaxLength(12)]
    public string? AccountNumber { get; set; }

    [MaxLength(250)]
    public string? Description { get; set; }

    public bool? IsContraAccount { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.CashFlowClassification))]
    public string? CashFlowClassification { get; set; }

    public int? ParentGLAccountId { get; set; }
}
