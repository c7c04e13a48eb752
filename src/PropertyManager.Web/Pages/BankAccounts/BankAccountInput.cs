using FluentValidation;
using PropertyManager.Buildium.Banking;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Common;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.BankAccounts;

/// <summary>
/// The fields of the bank account form, shared by Create and Edit. Account and routing numbers are write-only: never
/// rendered back, and left empty on Edit they keep the stored value.
/// </summary>
[BuildiumMessage("BankAccountPostMessage")]
public sealed class BankAccountInput
{
    [BuildiumField("Name")]
    public string? Name { get; set; }
    [BuildiumField("Description")]
    public string? Description { get; set; }
    [BuildiumField("BankAccountType", Label = "account type")]
    public string? BankAccountType { get; set; } = nameof(PropertyManager.Buildium.Banking.BankAccountType.Checking);
    [BuildiumField("AccountNumber", Label = "account number")]
    public string? AccountNumber { get; set; }
    [BuildiumField("RoutingNumber", Label = "routing number")]
    public string? RoutingNumber { get; set; }

    public static IReadOnlyList<string> Types { get; } = Enum.GetNames<BankAccountType>();

    public static BankAccountInput From(BankAccount b) => new()
    {
        Name = b.Name,
        Description = b.Description,
        BankAccountType = b.BankAccountType,
    };

    public void ApplyTo(BankAccount b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.Name = Name?.Trim() ?? "";
        b.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        b.BankAccountType = BankAccountType;
        if (Digits(AccountNumber) is { Length: > 0 } account)
        {
            b.AccountNumber = account;
        }

        if (Digits(RoutingNumber) is { Length: > 0 } routing)
        {
            b.RoutingNumber = routing;
        }
    }

    private static string? Digits(string? value) => value is null ? null : new string([.. value.Where(char.IsAsciiDigit)]);

    public sealed class Validator : AbstractValidator<BankAccountInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the account's name.").MaximumLength(ColumnLengths.Required<BankAccount>(nameof(BankAccount.Name)));
            RuleFor(x => x.Description).MaximumLength(1000);
            RuleFor(x => x.BankAccountType).NotEmpty().WithMessage("Choose checking or savings.")
                .Must(t => t is not null && Types.Contains(t)).WithMessage("Choose checking or savings.");
            RuleFor(x => x.AccountNumber)
                .Must(n => n is not null && n.All(c => char.IsAsciiDigit(c) || c is ' ' or '-') && n.Count(char.IsAsciiDigit) is >= 4 and <= 17)
                .When(x => !string.IsNullOrWhiteSpace(x.AccountNumber))
                .WithMessage("Enter the account number: 4 to 17 digits.");
            RuleFor(x => x.RoutingNumber)
                .Must(n => n is not null && n.Trim().Length == 9 && n.Trim().All(char.IsAsciiDigit))
                .When(x => !string.IsNullOrWhiteSpace(x.RoutingNumber))
                .WithMessage("Enter the 9-digit routing number.");
            this.AddBuildiumRules();
        }
    }
}
