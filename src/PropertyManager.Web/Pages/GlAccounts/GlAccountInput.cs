using FluentValidation;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Data.Common;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.GlAccounts;

/// <summary>
/// The GL account fields Buildium writes (GlAccountMapper.ToPost/ApplyTo): name, number, description, sub type (the
/// type follows from it), contra flag, cash flow classification and parent account (by its Buildium id).
/// </summary>
[BuildiumMessage("GLAccountPostMessage")]
public sealed class GlAccountInput
{
    private static readonly Dictionary<string, string> _typeOfSubType = new(StringComparer.Ordinal)
    {
        [nameof(GLAccountSubType.CurrentAsset)] = GlAccountTypes.Asset,
        [nameof(GLAccountSubType.FixedAsset)] = GlAccountTypes.Asset,
        [nameof(GLAccountSubType.CurrentLiability)] = GlAccountTypes.Liability,
        [nameof(GLAccountSubType.LongTermLiability)] = GlAccountTypes.Liability,
        [nameof(GLAccountSubType.Equity)] = GlAccountTypes.Equity,
        [nameof(GLAccountSubType.Income)] = GlAccountTypes.Income,
        [nameof(GLAccountSubType.NonOperatingIncome)] = GlAccountTypes.Income,
        [nameof(GLAccountSubType.OperatingExpenses)] = GlAccountTypes.Expense,
        [nameof(GLAccountSubType.NonOperatingExpenses)] = GlAccountTypes.Expense,
    };

    [BuildiumField("Name")]

    public string? Name { get; set; }
    [BuildiumField("AccountNumber", Label = "account number")]
    public string? AccountNumber { get; set; }
    [BuildiumField("Description")]
    public string? Description { get; set; }
    [BuildiumField("SubType", Label = "sub type")]
    public string? SubType { get; set; }
    public bool IsContraAccount { get; set; }
    [BuildiumField("CashFlowClassification", Label = "cash flow classification")]
    public string? CashFlowClassification { get; set; }
    public int? ParentBuildiumId { get; set; }

    public static IReadOnlyList<string> SubTypes { get; } = Enum.GetNames<GLAccountSubType>();

    public static IReadOnlyList<string> CashFlowClassifications { get; } = Enum.GetNames<CashFlowClassification>();

    public static GlAccountInput From(GlAccount g) => new()
    {
        Name = g.Name,
        AccountNumber = g.AccountNumber,
        Description = g.Description,
        SubType = g.SubType,
        IsContraAccount = g.IsContraAccount == true,
        CashFlowClassification = g.CashFlowClassification,
        ParentBuildiumId = g.BuildiumParentGlAccountId,
    };

    public void ApplyTo(GlAccount g)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Name = Name?.Trim() ?? "";
        g.AccountNumber = Blank(AccountNumber);
        g.Description = Blank(Description);
        g.SubType = SubType;
        g.Type = SubType is not null && _typeOfSubType.TryGetValue(SubType, out var type) ? type : g.Type;
        g.IsContraAccount = IsContraAccount;
        g.CashFlowClassification = Blank(CashFlowClassification);
        g.BuildiumParentGlAccountId = ParentBuildiumId;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class Validator : AbstractValidator<GlAccountInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the account's name.").MaximumLength(ColumnLengths.Required<GlAccount>(nameof(GlAccount.Name)));
            RuleFor(x => x.AccountNumber).MaximumLength(ColumnLengths.Required<GlAccount>(nameof(GlAccount.AccountNumber)));
            RuleFor(x => x.Description).MaximumLength(1000);
            RuleFor(x => x.SubType).NotEmpty().WithMessage("Choose the sub type; Buildium requires it.")
                .Must(s => s is not null && _typeOfSubType.ContainsKey(s)).WithMessage("Choose one of the listed sub types.");
            RuleFor(x => x.CashFlowClassification).Must(c => string.IsNullOrEmpty(c) || CashFlowClassifications.Contains(c))
                .WithMessage("Choose one of the listed classifications.");
            this.AddBuildiumRules();
        }
    }
}
