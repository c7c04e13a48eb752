using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "GLAccountMessage" schema (shared/buildium/openapi.json).
internal sealed class GLAccountMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? AccountNumber { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Type { get; set; }

    public string? SubType { get; set; }

    public bool? IsDefaultGLAccount { get; set; }

    public string? DefaultAccountName { get; set; }

    public bool? IsContraAccount { get; set; }

    public bool? IsBankAccount { get; set; }

    public string? CashFlowClassification { get; set; }

    public bool? ExcludeFromCashBalances { get; set; }

    public List<GLAccountMessage>? SubAccounts { get; set; }

    public bool? IsActive { get; set; }

    public int? ParentGLAccountId { get; set; }

    public bool? IsCreditCardAccount { get; set; }

    /// <summary>Write-only in Buildium: taken by POST and PUT (a PUT without it clears it), never returned.</summary>
    [WriteOnly]
    public bool? IsCashAsset { get; set; }
}
