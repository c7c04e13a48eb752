using System.Text.Json.Nodes;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Accounting;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class LeaseAndBankingMapperTests
{
    [Fact]
    public void A_lease_maps_dates_status_and_deposit()
    {
        var lease = new Lease { Notes = "Pet addendum signed" };

        LeaseMapper.ToLocal(Samples.Lease(), lease);

        lease.BuildiumLeaseId.ShouldBe(71234);
        lease.StartDate.ShouldBe(new DateTime(2025, 6, 1));
        lease.StartDate!.Value.Kind.ShouldBe(DateTimeKind.Unspecified);
        lease.EndDate.ShouldBe(new DateTime(2026, 5, 31));
        lease.Status.ShouldBe(LeaseStatuses.Active);
        lease.DepositAmt.ShouldBe(2875.50m);
        lease.Notes.ShouldBe("Pet addendum signed");
        lease.CreatedAt.ShouldBeNull("Buildium's timestamps have no lease column; created_at is local");
        LeaseMapper.Parents(Samples.Lease()).ShouldBe(new BuildiumParents { PropertyId = 50112, UnitId = 90877 });
    }

    [Fact]
    public void A_local_lease_survives_post_and_Buildiums_echo()
    {
        var local = new Lease { StartDate = new DateTime(2025, 9, 1), EndDate = new DateTime(2026, 8, 31), DepositAmt = 3100m };

        var post = LeaseMapper.ToPost(local, unitBuildiumId: 90877);
        var echoed = BuildiumEcho.Echo<LeaseMessage>(post, json =>
        {
            json["Id"] = 71300;
            json["PropertyId"] = 50112;
            json["LeaseStatus"] = "Future";
            json["AccountDetails"] = new JsonObject { ["SecurityDeposit"] = json["SecurityDeposit"]!["Amount"]!.DeepClone() };
        });
        var pulled = new Lease();
        LeaseMapper.ToLocal(echoed, pulled);

        post.LeaseType.Known.ShouldBe(LeaseType.Fixed);
        post.SecurityDeposit!.DueDate.ShouldBe(new DateOnly(2025, 9, 1));
        pulled.StartDate.ShouldBe(local.StartDate);
        pulled.EndDate.ShouldBe(local.EndDate);
        pulled.DepositAmt.ShouldBe(3100m);
        pulled.Status.ShouldBe(LeaseStatuses.Future);
        LeaseMapper.Parents(echoed).UnitId.ShouldBe(90877);
    }

    [Fact]
    public void A_lease_without_end_date_posts_as_at_will_and_ApplyTo_keeps_the_eviction_flag()
    {
        var local = new Lease { StartDate = new DateTime(2025, 9, 1) };
        LeaseMapper.ToPost(local, 90877).LeaseType.Known.ShouldBe(LeaseType.AtWill);

        var message = Samples.Lease();
        message.IsEvictionPending = true;
        var put = message.ToPutMessage();
        LeaseMapper.ApplyTo(new Lease { StartDate = new DateTime(2025, 7, 1), EndDate = new DateTime(2026, 6, 30) }, put);

        put.LeaseFromDate.ShouldBe(new DateOnly(2025, 7, 1));
        put.LeaseToDate.ShouldBe(new DateOnly(2026, 6, 30));
        put.IsEvictionPending.ShouldBeTrue();
        put.LeaseType.Known.ShouldBe(LeaseType.Fixed);
        put.UnitId.ShouldBe(90877);
        Should.Throw<InvalidOperationException>(() => LeaseMapper.ToPost(new Lease(), 90877));
    }

    [Fact]
    public void A_bank_account_maps_with_the_unmasked_number_and_Buildiums_balance()
    {
        var account = new BankAccount { Balance = 47000.10m };

        BankAccountMapper.ToLocal(Samples.BankAccount(), account);

        account.BuildiumBankId.ShouldBe(10021);
        account.Name.ShouldBe("Operating - Eastern Bank");
        account.Description.ShouldBe("Main operating account");
        account.BankAccountType.ShouldBe("Checking");
        account.AccountNumber.ShouldBe("000123456789");
        account.RoutingNumber.ShouldBe("011000138");
        account.IsActive.ShouldBe(true);
        account.BuildiumBalance.ShouldBe(48213.77m);
        account.Balance.ShouldBe(47000.10m, "the local balance is the app's own");
        BankAccountMapper.Parents(Samples.BankAccount()).ShouldBe(new BuildiumParents { GlAccountId = 1010 });
    }

    [Fact]
    public void Without_the_unmasked_number_the_masked_one_is_stored_and_never_written_back()
    {
        var message = Samples.BankAccount();
        message.AccountNumberUnmasked = null;
        var account = new BankAccount();
        BankAccountMapper.ToLocal(message, account);
        var put = message.ToPutMessage();
        put.AccountNumber = "000123456789"; // what Buildium holds, as a PUT built with the unmasked number would carry

        BankAccountMapper.ApplyTo(account, put);

        account.AccountNumber.ShouldBe("xxxxx6789");
        put.AccountNumber.ShouldBe("000123456789");
        BankAccountMapper.ToPost(account).AccountNumber.ShouldBeNull();
    }

    [Fact]
    public void A_local_bank_account_survives_post_and_Buildiums_echo_and_ApplyTo_keeps_check_printing()
    {
        var local = new BankAccount { Name = "Security deposits - Citizens", Description = "Escrow", BankAccountType = "Savings", AccountNumber = "9988776655", RoutingNumber = "211070175" };

        var post = BankAccountMapper.ToPost(local);
        var echoed = BuildiumEcho.Echo<BankAccountMessage>(post, json =>
        {
            json["Id"] = 10030;
            json["IsActive"] = true;
            json["Balance"] = 0;
            json["AccountNumberUnmasked"] = json["AccountNumber"]!.DeepClone();
            json["AccountNumber"] = "xxxxxx6655";
            json["GLAccount"] = new JsonObject { ["Id"] = 1020 };
        });
        var pulled = new BankAccount();
        BankAccountMapper.ToLocal(echoed, pulled);
        var put = Samples.BankAccount().ToPutMessage();
        BankAccountMapper.ApplyTo(local, put);

        post.Country.ShouldBe("UnitedStates");
        pulled.Name.ShouldBe(local.Name);
        pulled.Description.ShouldBe(local.Description);
        pulled.BankAccountType.ShouldBe("Savings");
        pulled.AccountNumber.ShouldBe("9988776655");
        pulled.RoutingNumber.ShouldBe("211070175");
        BankAccountMapper.Parents(echoed).GlAccountId.ShouldBe(1020);
        put.Name.ShouldBe(local.Name);
        put.AccountNumber.ShouldBe("9988776655");
        put.CheckPrintingInfo.EnableLocalCheckPrinting.ShouldBeTrue();
        put.CheckPrintingInfo.SignatureHeading.ShouldBe("Authorized signature");
        put.Country.ShouldBe("UnitedStates");
    }

    [Fact]
    public void A_gl_account_maps_every_column()
    {
        var account = new GlAccount();

        GlAccountMapper.ToLocal(Samples.GlAccount(), account);

        account.BuildiumGlAccountId.ShouldBe(40010);
        account.AccountNumber.ShouldBe("6110");
        account.Name.ShouldBe("Repairs - Plumbing");
        account.Description.ShouldBe("Plumbing repairs and service calls");
        account.Type.ShouldBe(GlAccountTypes.Expense);
        account.SubType.ShouldBe("OperatingExpenses");
        account.IsDefaultGlAccount.ShouldBe(true);
        account.DefaultAccountName.ShouldBe("Repairs");
        account.IsContraAccount.ShouldBe(true);
        account.IsBankAccount.ShouldBe(true);
        account.CashFlowClassification.ShouldBe("OperatingActivities");
        account.ExcludeFromCashBalances.ShouldBe(true);
        account.IsActive.ShouldBe(true);
        account.BuildiumParentGlAccountId.ShouldBe(40000);
        account.IsCreditCardAccount.ShouldBe(true);
        GlAccountMapper.ReadOnlyFields.ShouldContain(nameof(GlAccount.Type));
    }

    [Fact]
    public void A_local_gl_account_survives_post_and_echo_and_sub_accounts_are_flattened()
    {
        var local = new GlAccount { AccountNumber = "6120", Name = "Repairs - Electrical", Description = "Electricians", SubType = "OperatingExpenses", IsContraAccount = false, CashFlowClassification = "OperatingActivities", BuildiumParentGlAccountId = 40000 };

        var post = GlAccountMapper.ToPost(local);
        var echoed = BuildiumEcho.Echo<GLAccountMessage>(post, json =>
        {
            json["Id"] = 40011;
            json["Type"] = "Expense";
            json["IsActive"] = true;
        });
        var pulled = new GlAccount();
        GlAccountMapper.ToLocal(echoed, pulled);
        var parent = new GLAccountMessage { Id = 40000, SubAccounts = [echoed, Samples.GlAccount()] };

        pulled.AccountNumber.ShouldBe("6120");
        pulled.Name.ShouldBe(local.Name);
        pulled.Description.ShouldBe(local.Description);
        pulled.SubType.ShouldBe("OperatingExpenses");
        pulled.Type.ShouldBe("Expense");
        pulled.IsContraAccount.ShouldBe(false);
        pulled.CashFlowClassification.ShouldBe("OperatingActivities");
        pulled.BuildiumParentGlAccountId.ShouldBe(40000);
        GlAccountMapper.Flatten([parent, Samples.GlAccount()]).Select(a => a.Id).ShouldBe([40000, 40011, 40010]);
    }

    [Fact]
    public void A_bill_category_is_a_view_of_a_gl_account()
    {
        var category = new BillCategory();

        BillCategoryMapper.ToLocal(Samples.GlAccount(), category);

        category.BuildiumCategoryId.ShouldBe(40010);
        category.Name.ShouldBe("Repairs - Plumbing");
        category.Description.ShouldBe("Plumbing repairs and service calls");
        category.IsActive.ShouldBe(true);
    }
}
