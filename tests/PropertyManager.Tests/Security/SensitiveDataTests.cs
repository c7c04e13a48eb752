using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Sensitive;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Engine;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Security;

/// <summary>Tax ids and bank numbers: ciphertext in PostgreSQL, plaintext through EF, legacy rows, key rotation.</summary>
public sealed class SensitiveDataTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_raw_columns_hold_ciphertext_and_EF_reads_the_values_back()
    {
        var owner = new Owner { CompanyName = "Cipher Holdings", IsCompany = true, TaxPayerId = "91-2345678", TaxId = "91-2345678", BuildiumOwnerId = Next() };
        var vendor = new Vendor { Name = "Cipher Plumbing", TaxId = "55-6677889", BuildiumVendorId = Next() };
        var gl = new GlAccount { Name = "Cipher Cash", BuildiumGlAccountId = Next(), Type = GlAccountTypes.Asset, IsActive = true };
        var account = new BankAccount { Name = "Cipher Checking", AccountNumber = "7777000011112222", RoutingNumber = "021000089", BuildiumBankId = Next(), GlAccount = gl };
        await using (var db = database.CreateContext())
        {
            db.AddRange(owner, vendor, account);
            await db.SaveChangesAsync();
        }

        var raw = new[]
        {
            await database.ExecuteScalarAsync<string>($"SELECT tax_payer_id FROM owners WHERE id = '{owner.Id}'"),
            await database.ExecuteScalarAsync<string>($"SELECT tax_id FROM owners WHERE id = '{owner.Id}'"),
            await database.ExecuteScalarAsync<string>($"SELECT tax_id FROM vendors WHERE id = '{vendor.Id}'"),
            await database.ExecuteScalarAsync<string>($"SELECT account_number FROM bank_accounts WHERE id = '{account.Id}'"),
            await database.ExecuteScalarAsync<string>($"SELECT routing_number FROM bank_accounts WHERE id = '{account.Id}'"),
        };
        foreach (var value in raw)
        {
            value.ShouldStartWith(SensitiveData.Prefix);
            value.Length.ShouldBeLessThanOrEqualTo(255);
            value.ShouldNotContain("2345678");
            value.ShouldNotContain("6677889");
            value.ShouldNotContain("11112222");
            value.ShouldNotContain("021000089");
        }

        await using var read = database.CreateContext();
        (await read.Owners.SingleAsync(o => o.Id == owner.Id)).TaxPayerId.ShouldBe("91-2345678");
        (await read.Vendors.SingleAsync(v => v.Id == vendor.Id)).TaxId.ShouldBe("55-6677889");
        var stored = await read.BankAccounts.SingleAsync(b => b.Id == account.Id);
        (stored.AccountNumber, stored.RoutingNumber).ShouldBe(("7777000011112222", "021000089"));
    }

    [Fact]
    public async Task A_plaintext_row_from_before_encryption_is_read_and_encrypted_by_the_reencryptor_and_on_write()
    {
        var owner = new Owner { CompanyName = "Legacy Holdings", IsCompany = true, BuildiumOwnerId = Next() };
        await using (var db = database.CreateContext())
        {
            db.Owners.Add(owner);
            await db.SaveChangesAsync();
        }

        await database.ExecuteSqlAsync($"UPDATE owners SET tax_payer_id = '12-3456789', tax_id = '12-3456789' WHERE id = '{owner.Id}'");

        await using (var db = database.CreateContext())
        {
            (await db.Owners.SingleAsync(o => o.Id == owner.Id)).TaxPayerId.ShouldBe("12-3456789");
            (await new SensitiveDataReencryptor(db).ReencryptAsync(all: false, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);
        }

        (await database.ExecuteScalarAsync<string>($"SELECT tax_payer_id FROM owners WHERE id = '{owner.Id}'")).ShouldStartWith(SensitiveData.Prefix);
        await using (var db = database.CreateContext())
        {
            (await db.Owners.SingleAsync(o => o.Id == owner.Id)).TaxId.ShouldBe("12-3456789");
        }

        // The sync's set-based writer re-encrypts a plaintext value too, and keeps ciphertext whose value is unchanged.
        await database.ExecuteSqlAsync($"UPDATE owners SET tax_id = '12-3456789' WHERE id = '{owner.Id}'");
        var upserted = await UpsertTaxIdAsync(owner.BuildiumOwnerId!.Value, "12-3456789");
        upserted.Updated.ShouldBe(1);
        var encrypted = await database.ExecuteScalarAsync<string>($"SELECT tax_id FROM owners WHERE id = '{owner.Id}'");
        encrypted.ShouldStartWith(SensitiveData.Prefix);

        var again = await UpsertTaxIdAsync(owner.BuildiumOwnerId!.Value, "12-3456789");
        again.Unchanged.ShouldBe(1, "randomised ciphertext of an unchanged value must not count as a change");
        (await database.ExecuteScalarAsync<string>($"SELECT tax_id FROM owners WHERE id = '{owner.Id}'")).ShouldBe(encrypted);

        var changed = await UpsertTaxIdAsync(owner.BuildiumOwnerId!.Value, "12-0000000");
        changed.Updated.ShouldBe(1);
        await using var final = database.CreateContext();
        (await final.Owners.SingleAsync(o => o.Id == owner.Id)).TaxId.ShouldBe("12-0000000");
    }

    [Fact]
    public async Task After_a_key_rotation_new_values_use_the_new_key_and_old_values_still_decrypt()
    {
        var services = new ServiceCollection();
        services.AddDbContext<AccountsDbContext>(o => AccountsDbContextOptions.Configure(o, database.ConnectionString));
        services.AddDataProtection().SetApplicationName("PropertyManager").PersistKeysToDbContext<AccountsDbContext>();
        await using var provider = services.BuildServiceProvider();
        var protector = new DataProtectionSensitiveDataProtector(provider.GetRequiredService<IDataProtectionProvider>());

        var before = protector.Protect("44-1234567");
        var keys = provider.GetRequiredService<IKeyManager>();
        var rotated = keys.CreateNewKey(activationDate: DateTimeOffset.UtcNow, expirationDate: DateTimeOffset.UtcNow.AddDays(90));

        // A fresh provider, as after a restart: it reads both keys from the database and takes the newest as default.
        await using var restarted = new ServiceCollection()
            .AddDbContext<AccountsDbContext>(o => AccountsDbContextOptions.Configure(o, database.ConnectionString))
            .AddDataProtection().SetApplicationName("PropertyManager").PersistKeysToDbContext<AccountsDbContext>().Services
            .BuildServiceProvider();
        var after = new DataProtectionSensitiveDataProtector(restarted.GetRequiredService<IDataProtectionProvider>());
        var newer = after.Protect("44-1234567");

        KeyId(newer).ShouldBe(rotated.KeyId);
        KeyId(before).ShouldNotBe(rotated.KeyId);
        after.Unprotect(before).ShouldBe("44-1234567");
        after.Unprotect(newer).ShouldBe("44-1234567");
    }

    /// <summary>The key id Data Protection writes after its 4-byte magic header.</summary>
    private static Guid KeyId(string protectedValue)
    {
        var payload = WebEncoders.Base64UrlDecode(protectedValue[SensitiveData.Prefix.Length..]);
        return new Guid(payload.AsSpan(4, 16));
    }

    private async Task<UpsertResult> UpsertTaxIdAsync(int buildiumId, string taxId)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await new BulkUpserter(db).UpsertAsync(
            [new Owner { BuildiumOwnerId = buildiumId, CompanyName = "Legacy Holdings", IsCompany = true, TaxPayerId = "12-3456789", TaxId = taxId }],
            nameof(Owner.BuildiumOwnerId), [nameof(Owner.CompanyName), nameof(Owner.IsCompany), nameof(Owner.TaxPayerId), nameof(Owner.TaxId)], CancellationToken.None);
        await tx.CommitAsync();
        return result;
    }

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);
}
