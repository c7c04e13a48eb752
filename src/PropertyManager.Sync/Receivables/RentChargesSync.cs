using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Receivables;

/// <summary>
/// Writes each pulled schedule's charges (<c>lease_rent_charges</c>) in the batch's transaction: the schedule's charges
/// become exactly Buildium's (a PUT of a schedule replaces them), each with its GL account resolved by Buildium id.
/// </summary>
public static class RentChargesSync
{
    public static async Task AfterRentBatchAsync(
        PullContext context, IReadOnlyList<(RentMessage Dto, LeaseRent Entity)> rows, UpsertResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(result);
        var rents = new List<Guid>();
        var chargeRents = new List<Guid>();
        var chargeIds = new List<int>();
        var accounts = new List<Guid?>();
        var amounts = new List<decimal>();
        var memos = new List<string?>();
        var firstDates = new List<DateOnly?>();
        var dueDays = new List<int?>();
        foreach (var (dto, _) in rows)
        {
            if (!result.LocalIds.TryGetValue(dto.Id, out var rentId))
            {
                continue;
            }

            var rent = (Guid)rentId;
            rents.Add(rent);
            var glAccounts = (dto.Charges ?? []).ToDictionary(c => c.Id, c => c.GLAccountId);
            foreach (var charge in LeaseRentMapper.Charges(dto))
            {
                chargeRents.Add(rent);
                chargeIds.Add(charge.BuildiumChargeId!.Value);
                accounts.Add((Guid?)await context.Parents.FindAsync<GlAccount>(glAccounts[charge.BuildiumChargeId.Value], cancellationToken));
                amounts.Add(charge.Amount);
                memos.Add(charge.Memo);
                firstDates.Add(charge.FirstChargeDate);
                dueDays.Add(charge.DueOnDayOfTheMonth);
            }
        }

        if (rents.Count == 0)
        {
            return;
        }

        await context.Db.Database.ExecuteSqlRawAsync("""
            DELETE FROM lease_rent_charges c
            WHERE c.lease_rent_id = ANY({0}) AND (c.buildium_charge_id IS NULL OR c.buildium_charge_id <> ALL({2}));

            INSERT INTO lease_rent_charges (lease_rent_id, buildium_charge_id, gl_account_id, amount, memo, first_charge_date, due_on_day_of_the_month)
            SELECT d.lease_rent_id, d.charge_id, d.gl_account_id, d.amount, d.memo, d.first_charge_date, d.due_day
            FROM unnest({1}::uuid[], {2}::integer[], {3}::uuid[], {4}::numeric[], {5}::text[], {6}::date[], {7}::integer[])
                 AS d(lease_rent_id, charge_id, gl_account_id, amount, memo, first_charge_date, due_day)
            ON CONFLICT (buildium_charge_id) DO UPDATE SET
                lease_rent_id = EXCLUDED.lease_rent_id, gl_account_id = EXCLUDED.gl_account_id, amount = EXCLUDED.amount,
                memo = EXCLUDED.memo, first_charge_date = EXCLUDED.first_charge_date, due_on_day_of_the_month = EXCLUDED.due_on_day_of_the_month
            WHERE (lease_rent_charges.lease_rent_id, lease_rent_charges.gl_account_id, lease_rent_charges.amount, lease_rent_charges.memo,
                   lease_rent_charges.first_charge_date, lease_rent_charges.due_on_day_of_the_month)
                  IS DISTINCT FROM (EXCLUDED.lease_rent_id, EXCLUDED.gl_account_id, EXCLUDED.amount, EXCLUDED.memo,
                                    EXCLUDED.first_charge_date, EXCLUDED.due_on_day_of_the_month);
            """,
            [rents.ToArray(), chargeRents.ToArray(), chargeIds.ToArray(), accounts.ToArray(), amounts.ToArray(), memos.ToArray(), firstDates.ToArray(), dueDays.ToArray()],
            cancellationToken);
    }
}
