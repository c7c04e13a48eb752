namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Copies a GL account as read into the PUT message. <c>Type</c> derives from <c>SubType</c>.</summary>
public static class GLAccountMapping
{
    public static GLAccountPutMessage ToPutMessage(this GLAccountMessage account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new GLAccountPutMessage
        {
            Name = account.Name ?? string.Empty,
            SubType = account.SubType,
            ParentGLAccountId = account.ParentGLAccountId,
            AccountNumber = account.AccountNumber,
            Description = account.Description,
            IsContraAccount = account.IsContraAccount,
            CashFlowClassification = account.CashFlowClassification,
        };
    }
}
