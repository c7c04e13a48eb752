using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Buildium <c>GLAccountMessage</c> (read shape).</summary>
public sealed class GLAccountMessage
{
    public int Id { get; set; }

    public string? AccountNumber { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public BuildiumEnumValue<GLAccountType> Type { get; set; }

    public BuildiumEnumValue<GLAccountSubType> SubType { get; set; }

    public bool IsDefaultGLAccount { get; set; }

    public string? DefaultAccountName { get; set; }

    public bool IsContraAccount { get; set; }

    public bool IsBankAccount { get; set; }

    public BuildiumEnumValue<CashFlowClassification>? CashFlowClassification { get; set; }

    public bool ExcludeFromCashBalances { get; set; }

    public List<GLAccountMessage>? SubAccounts { get; set; }

    public bool IsActive { get; set; }

    public int? ParentGLAccountId { get; set; }

    public bool IsCreditCardAccount { get; set; }
}
