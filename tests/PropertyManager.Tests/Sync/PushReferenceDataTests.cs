using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Vendors;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// The push of the kinds added after the portfolio ones: GL and bank accounts, vendor and task categories, bill payments
/// (create only) and task history (edits only). Each round trip: created locally, pushed, id stored, in the emulator;
/// edited locally, propagated.
/// </summary>
public sealed class PushReferenceDataTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, o => o.Faults.TimeoutMs = 300);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_GL_account_created_and_then_edited_locally_is_created_then_updated_in_Buildium()
    {
        var store = _buildium.Emulator.Store;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var account = new GlAccount
        {
            Name = "Pushed repairs " + suffix,
            AccountNumber = "9" + suffix[..5],
            Type = "Expense",
            SubType = "OperatingExpenses",
            Description = "Created locally",
        };
        await using (var db = _database.CreateContext())
        {
            db.Add(account);
            await db.SaveChangesAsync();
        }

        account.BuildiumGlAccountId.ShouldBeNegative("a placeholder holds the NOT NULL unique column until the push");

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Kinds[SyncEntityTypes.GlAccount].Pushed.ShouldBe(1);
        int id;
        await using (var db = _database.CreateContext())
        {
            id = (await db.GlAccounts.AsNoTracking().SingleAsync(g => g.Id == account.Id)).BuildiumGlAccountId;
            id.ShouldBePositive();
            var remote = store.Get("glaccounts", id).ShouldNotBeNull();
            remote["Name"]!.GetValue<string>().ShouldBe(account.Name);
            remote["AccountNumber"]!.GetValue<string>().ShouldBe(account.AccountNumber);
            remote["Type"]!.GetValue<string>().ShouldBe("Expense");

            var stored = await db.GlAccounts.SingleAsync(g => g.Id == account.Id);
            stored.Description = "Edited locally";
            await db.SaveChangesAsync();
        }

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.GlAccount].Pushed.ShouldBe(1);
        store.Get("glaccounts", id)!["Description"]!.GetValue<string>().ShouldBe("Edited locally");
        (await _buildium.ReconcileAsync(SyncEntityTypes.GlAccount)).Single().MissingInBuildium.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bank_account_created_locally_is_created_in_Buildium_and_the_next_pull_adopts_the_GL_account_Buildium_made()
    {
        var store = _buildium.Emulator.Store;
        BankAccount account;
        Guid chosenGlAccount;
        await using (var db = _database.CreateContext())
        {
            chosenGlAccount = (await db.GlAccounts.AsNoTracking().FirstAsync(g => g.IsBankAccount == true)).Id;
            account = new BankAccount
            {
                Name = "Pushed Savings " + Guid.NewGuid().ToString("N")[..6],
                BankAccountType = "Savings",
                AccountNumber = "000123456789",
                RoutingNumber = "011000138",
                GlAccountId = chosenGlAccount,
            };
            var second = new BankAccount { Name = "Second new account " + Guid.NewGuid().ToString("N")[..6], BankAccountType = "Checking", GlAccountId = chosenGlAccount };
            db.AddRange(account, second);
            await db.SaveChangesAsync();
        }

        var run = await _buildium.SyncAsync();

        run.Errors.ShouldBeEmpty();
        run.Kinds[SyncEntityTypes.BankAccount].Pushed.ShouldBe(2, "two new accounts do not collide on the unique Buildium id column");
        int id;
        await using (var db = _database.CreateContext())
        {
            var stored = await db.BankAccounts.AsNoTracking().Include(b => b.GlAccount).SingleAsync(b => b.Id == account.Id);
            id = stored.BuildiumBankId;
            var remote = store.Get("bankaccounts", id).ShouldNotBeNull();
            remote["Name"]!.GetValue<string>().ShouldBe(account.Name);
            remote["RoutingNumber"]!.GetValue<string>().ShouldBe("011000138");
            remote["AccountNumberUnmasked"]!.GetValue<string>().ShouldBe("000123456789");
            stored.GlAccountId.ShouldNotBe(chosenGlAccount);
            stored.GlAccount!.BuildiumGlAccountId.ShouldBe(remote["GLAccount"]!["Id"]!.GetValue<int>());

            var edited = await db.BankAccounts.SingleAsync(b => b.Id == account.Id);
            edited.Description = "Reserve for roofs";
            await db.SaveChangesAsync();
        }

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.BankAccount].Pushed.ShouldBe(1);
        var after = store.Get("bankaccounts", id)!;
        after["Description"]!.GetValue<string>().ShouldBe("Reserve for roofs");
        after["AccountNumberUnmasked"]!.GetValue<string>().ShouldBe("000123456789", "the masked local number is not written back");
    }

    [Fact]
    public async Task Vendor_and_task_categories_created_and_renamed_locally_reach_Buildium_and_a_task_waits_for_its_new_category()
    {
        var store = _buildium.Emulator.Store;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var vendorCategory = new VendorCategory { Name = "Chimney sweeps " + suffix };
        var taskCategory = new TaskCategory { Name = "Chimneys " + suffix, Color = "#aa3300" };
        var task = new MaintenanceTask { Subject = "Sweep the chimney " + suffix, AssignedTo = "2", Category = taskCategory.Name, Priority = "Normal", Status = "New" };
        await using (var db = _database.CreateContext())
        {
            db.AddRange(vendorCategory, taskCategory, task);
            await db.SaveChangesAsync();
        }

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Kinds[SyncEntityTypes.VendorCategory].Pushed.ShouldBe(1);
        report.Kinds[SyncEntityTypes.TaskCategory].Pushed.ShouldBe(1);
        report.Kinds[SyncEntityTypes.Task].Pushed.ShouldBe(1);
        int vendorCategoryId;
        int taskCategoryId;
        await using (var db = _database.CreateContext())
        {
            vendorCategoryId = (await db.VendorCategories.AsNoTracking().SingleAsync(c => c.Id == vendorCategory.Id)).BuildiumCategoryId.ShouldNotBeNull();
            taskCategoryId = (await db.TaskCategories.AsNoTracking().SingleAsync(c => c.Id == taskCategory.Id)).BuildiumCategoryId.ShouldNotBeNull();
            store.Get("vendorcategories", vendorCategoryId)!["Name"]!.GetValue<string>().ShouldBe(vendorCategory.Name);
            store.Get("taskcategories", taskCategoryId)!["Name"]!.GetValue<string>().ShouldBe(taskCategory.Name);
            var taskId = (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id)).BuildiumTaskId.ShouldNotBeNull();
            store.Get("tasks", taskId)!["Category"]!["Id"]!.GetValue<int>().ShouldBe(taskCategoryId, "the category was created before the task");

            (await db.VendorCategories.SingleAsync(c => c.Id == vendorCategory.Id)).Name = "Chimney sweeps and masons " + suffix;
            (await db.TaskCategories.SingleAsync(c => c.Id == taskCategory.Id)).Name = "Chimneys and flues " + suffix;
            await db.SaveChangesAsync();
        }

        var edits = await _buildium.PushAsync();

        edits.Pushed.ShouldBe(2);
        store.Get("vendorcategories", vendorCategoryId)!["Name"]!.GetValue<string>().ShouldBe("Chimney sweeps and masons " + suffix);
        store.Get("taskcategories", taskCategoryId)!["Name"]!.GetValue<string>().ShouldBe("Chimneys and flues " + suffix);
    }

    [Fact]
    public async Task A_bill_payment_created_locally_is_posted_under_its_bill_and_cannot_be_edited_afterwards()
    {
        var store = _buildium.Emulator.Store;
        var (bill, bankAccount, open) = await UnpaidBillAsync();
        var payment = new BillPayment
        {
            BillId = bill.Id,
            BankAccountId = bankAccount.Id,
            Amount = Math.Min(open, 25.50m),
            Date = new DateOnly(2026, 11, 20),
            ReferenceNumber = "CHK-" + Guid.NewGuid().ToString("N")[..6],
            Memo = "Paid from the app",
        };
        await using (var db = _database.CreateContext())
        {
            db.Add(payment);
            await db.SaveChangesAsync();
        }

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Kinds[SyncEntityTypes.BillPayment].Pushed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            var stored = await db.BillPayments.SingleAsync(p => p.Id == payment.Id);
            var remote = store.Get("billpayments", stored.BuildiumPaymentId.ShouldNotBeNull()).ShouldNotBeNull();
            remote["PaidBillIds"]!.AsArray().Single()!.GetValue<int>().ShouldBe(bill.BuildiumBillId!.Value);
            remote["BankAccountId"]!.GetValue<int>().ShouldBe(bankAccount.BuildiumBankId);
            remote["CheckNumber"]!.GetValue<string>().ShouldBe(payment.ReferenceNumber);
            remote["Lines"]!.AsArray().Sum(l => l!["Amount"]!.GetValue<decimal>()).ShouldBe(payment.Amount!.Value);

            stored.Amount = 30m;
            var refused = await Should.ThrowAsync<SyncRuleViolationException>(() => db.SaveChangesAsync());
            refused.Message.ShouldBe(
                "A bill payment cannot be changed after it is created in Buildium: Buildium cannot update bill payments; void it in Buildium and record a new one.");
        }
    }

    [Fact]
    public async Task A_bill_payment_whose_POST_timed_out_is_found_under_its_bill_and_not_paid_twice()
    {
        var store = _buildium.Emulator.Store;
        var (bill, bankAccount, open) = await UnpaidBillAsync();
        var payment = new BillPayment
        {
            BillId = bill.Id,
            BankAccountId = bankAccount.Id,
            Amount = Math.Min(open, 10m),
            Date = new DateOnly(2026, 11, 21),
            ReferenceNumber = "T-" + Guid.NewGuid().ToString("N")[..6],
        };
        await using (var db = _database.CreateContext())
        {
            db.Add(payment);
            await db.SaveChangesAsync();
        }

        _buildium.Emulator.Faults.InjectNext(FaultKind.Timeout, method: "POST", pathPrefix: $"/v1/bills/{bill.BuildiumBillId}/payments");
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.BillPayment].Failed.ShouldBe(1);
        // The answer was lost but Buildium has the payment: post it the way our push would have.
        await using (var db = _database.CreateContext())
        {
            var bills = _buildium.Client.Bills;
            var remoteBill = await bills.GetAsync(bill.BuildiumBillId!.Value);
            var paid = (await bills.ListPaymentsAsync(bill.BuildiumBillId.Value).ToListAsync()).Sum(p => PropertyManager.Sync.Payables.BillPaymentMapper.AmountFor(p, remoteBill));
            await bills.CreatePaymentAsync(bill.BuildiumBillId.Value, PropertyManager.Sync.Payables.BillPaymentMapper.ToPost(payment, bankAccount.BuildiumBankId, remoteBill, paid));
        }

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.BillPayment].Pushed.ShouldBe(1);

        store.GetIds("billpayments").Count(id => store.Get("billpayments", id)!["CheckNumber"]?.GetValue<string>() == payment.ReferenceNumber).ShouldBe(1);
    }

    [Fact]
    public async Task An_edited_task_history_message_is_pushed_and_new_history_entries_are_refused_when_saved()
    {
        var store = _buildium.Emulator.Store;
        int historyId;
        await using (var db = _database.CreateContext())
        {
            var entry = await db.TaskHistory.Include(h => h.Task).FirstAsync(h => h.BuildiumHistoryId != null && h.Task!.BuildiumTaskId != null);
            historyId = entry.BuildiumHistoryId!.Value;
            entry.Notes = "Tenant confirmed the fix (edited locally)";
            await db.SaveChangesAsync();

            db.Add(new TaskHistory { TaskId = entry.TaskId, Notes = "A new entry" });
            (await Should.ThrowAsync<SyncRuleViolationException>(() => db.SaveChangesAsync()))
                .Message.ShouldBe("Task history entries cannot be created here: Buildium writes a task's history itself when the task changes.");
        }

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Kinds[SyncEntityTypes.TaskHistory].Pushed.ShouldBe(1);
        store.Get("taskhistory", historyId)!["Message"]!.GetValue<string>().ShouldBe("Tenant confirmed the fix (edited locally)");
    }

    /// <summary>A synced bill Buildium has not fully paid, a synced bank account, and what is left to pay on the bill.</summary>
    private async Task<(Bill Bill, BankAccount BankAccount, decimal Open)> UnpaidBillAsync()
    {
        var store = _buildium.Emulator.Store;
        await using var db = _database.CreateContext();
        var bankAccount = await db.BankAccounts.AsNoTracking().FirstAsync(b => b.BuildiumBankId > 0);
        foreach (var bill in await db.Bills.AsNoTracking().Where(b => b.BuildiumBillId != null).OrderBy(b => b.BuildiumBillId).ToListAsync())
        {
            var remote = store.Get("bills", bill.BuildiumBillId!.Value)!;
            var total = remote["Lines"]!.AsArray().Sum(l => l!["Amount"]!.GetValue<decimal>());
            var paid = store.GetIds("billpayments")
                .Select(id => store.Get("billpayments", id)!)
                .Where(p => p["PaidBillIds"]!.AsArray().Any(b => b!.GetValue<int>() == bill.BuildiumBillId))
                .Sum(p => p["Lines"]!.AsArray().Sum(l => l!["Amount"]!.GetValue<decimal>()));
            if (total - paid >= 1m)
            {
                return (bill, bankAccount, total - paid);
            }
        }

        throw new InvalidOperationException("The demo seed has no unpaid bill.");
    }
}
