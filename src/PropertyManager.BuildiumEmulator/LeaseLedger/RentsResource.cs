using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.LeaseLedger;

/// <summary>
/// Rent schedules: <c>GET /v1/leases/rent</c> (every lease's schedules in one list, <c>RentMessage</c>) and
/// <c>/v1/leases/{leaseId}/rent</c> (one lease's, <c>LeaseRentMessage</c>). A new schedule ends the one before it
/// the day before it starts. Buildium sends no webhook for rent.
/// </summary>
internal sealed class RentsResource(ResourceContext context) : ResourceKind<RentMessage>(context), IEndpointModule
{
    public override string Name => "rents";

    public override string NotFoundMessage => "No rent found with the id.";

    public override RecordStore<RentMessage> Store => Data.Rents;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var all = new ResourceView<RentMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.IntIn<RentMessage>("leaseids", r => r.LeaseId),
                ListFilters.TimestampRange<RentMessage>("createddatetimefrom", "createddatetimeto", TimestampPrecision.Second, r => r.Value.CreatedDateTime),
                ListFilters.LastUpdated<RentMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList("/v1/leases/rent", all);

        var ofLease = new ResourceView<RentMessage>
        {
            Kind = this,
            Parent = new ParentRoute("leaseId", (_, id) => Data.Leases.Find(id) is not null, "No lease found with the id."),
            Projection = r => ToLeaseRent(r.Value),
        };
        const string LeaseRent = "/v1/leases/{leaseId:int}/rent";
        app.MapList(LeaseRent, ofLease);
        app.MapGetById($"{LeaseRent}/{ResourceEndpoints.IdRoute}", ofLease);
        app.MapCreate<RentMessage, RentSchedulePostMessage>(LeaseRent, ofLease, Create);
        app.MapUpdate<RentMessage, RentSchedulePutMessage>($"{LeaseRent}/{ResourceEndpoints.IdRoute}", ofLease, Update);
    }

    /// <summary>The schedule in force on <paramref name="day"/>, or else the latest one (Buildium shows it as the lease's rent).</summary>
    public RentMessage? CurrentFor(int leaseId, DateOnly day)
    {
        var schedules = Store.ChildrenOf(leaseId);
        return schedules.LastOrDefault(r => r.Value.StartDate <= day && (r.Value.EndDate is null || r.Value.EndDate >= day))?.Value
            ?? (schedules.Count > 0 ? schedules[^1].Value : null);
    }

    /// <summary>The schedule POST /v1/leases creates from its <c>Rent</c>.</summary>
    public void AddForNewLease(int leaseId, DateOnly startDate, DateOnly? endDate, LeaseRentPostMessage rent) =>
        AddFromLeaseRent(leaseId, startDate, endDate, rent);

    /// <summary>
    /// The schedule a renewal creates from its <c>Rent</c> for the new term; the schedule before it ends the day
    /// before the term starts, as a later schedule ends the one before it.
    /// </summary>
    public StoredRecord<RentMessage> AddForRenewal(int leaseId, DateOnly startDate, DateOnly? endDate, LeaseRentPostMessage rent)
    {
        if (Store.ChildrenOf(leaseId) is { Count: > 0 } existing)
        {
            EndBefore(existing[^1].Id, startDate);
        }

        return AddFromLeaseRent(leaseId, startDate, endDate, rent);
    }

    private StoredRecord<RentMessage> AddFromLeaseRent(int leaseId, DateOnly startDate, DateOnly? endDate, LeaseRentPostMessage rent) =>
        Add(new RentMessage
        {
            LeaseId = leaseId,
            StartDate = startDate,
            EndDate = endDate,
            RentCycle = rent.Cycle,
            BackdateCharges = false,
            CreatedByUserId = StaffDirectory.ApiUserId,
            Charges = [.. (rent.Charges ?? []).Select(c => Charge(c.GlAccountId, c.Amount, c.Memo, 0, c.NextDueDate))],
            TotalAmount = (rent.Charges ?? []).Sum(c => c.Amount ?? 0),
        }, leaseId);

    protected override int? ParentIdOf(RentMessage value) => value.LeaseId;

    protected override void Stamp(RentMessage value, DateTime utcNow, bool created)
    {
        if (created)
        {
            value.CreatedDateTime = utcNow;
        }

        value.LastUpdatedDateTime = utcNow;
    }

    private static LeaseRentMessage ToLeaseRent(RentMessage rent) => new()
    {
        Id = rent.Id,
        StartDate = rent.StartDate,
        EndDate = rent.EndDate,
        TotalAmount = rent.TotalAmount,
        RentCycle = rent.RentCycle,
        BackdateCharges = rent.BackdateCharges,
        CreatedDateTime = rent.CreatedDateTime,
        CreatedByUserId = rent.CreatedByUserId,
        Charges = rent.Charges,
    };

    private LeaseRentChargeMessage Charge(int? glAccountId, double? amount, string? memo, int? postDaysInAdvance, DateOnly? nextDueDate) => new()
    {
        Id = Data.RentChargeIds.Next(),
        GLAccountId = glAccountId,
        Amount = amount,
        Memo = memo,
        FirstChargeDate = nextDueDate,
        PostDaysInAdvance = postDaysInAdvance ?? 0,
        DueOnDayOfTheMonth = nextDueDate?.Day,
    };

    private RentMessage Create(RentSchedulePostMessage body, HttpContext http)
    {
        var leaseId = ResourceEndpoints.RouteInt(http, "leaseId");
        var lease = Data.Leases.Find(leaseId)!.Value;
        var existing = Store.ChildrenOf(leaseId);
        var startDate = body.StartDate ?? (existing.Count == 0 ? lease.LeaseFromDate : null);
        var errors = new WriteErrors();
        CheckCharges(body.Charges!, errors);
        errors.When(startDate is null, "StartDate", "StartDate is required when the lease already has a rent schedule.");
        errors.When(existing.Count == 0 && startDate is { } start && start != lease.LeaseFromDate, "StartDate", "The first rent schedule of a lease must start on the lease start date.");
        errors.When(existing.Count > 0 && startDate is { } s && existing.Any(r => r.Value.StartDate >= s), "StartDate", "StartDate must be after the start of the lease's latest rent schedule.");
        errors.When(startDate is { } d && lease.LeaseToDate is { } end && d > end, "StartDate", "StartDate must be on or before the lease end date.");
        errors.ThrowIfAny();

        if (existing.Count > 0)
        {
            EndBefore(existing[^1].Id, startDate!.Value);
        }

        return new RentMessage
        {
            LeaseId = leaseId,
            StartDate = startDate,
            EndDate = lease.LeaseToDate,
            RentCycle = body.RentCycle,

            // "This field will always return false, even if backdated charges exist" (openapi.json).
            BackdateCharges = false,
            CreatedByUserId = StaffDirectory.ApiUserId,
            Charges = [.. body.Charges!.Select(c => Charge(c.GlAccountId, c.Amount, c.Memo, c.PostDaysInAdvance, c.NextDueDate))],
            TotalAmount = body.Charges!.Sum(c => c.Amount ?? 0),
        };
    }

    /// <summary>The schedule before a new one now ends the day before it starts; that is not a user edit of that schedule.</summary>
    private void EndBefore(int previousId, DateOnly startDate) =>
        ReplaceDerived(previousId, r =>
        {
            var copy = ShallowCopy(r);
            copy.EndDate = startDate.AddDays(-1);
            return copy;
        });

    private RentMessage Update(StoredRecord<RentMessage> existing, RentSchedulePutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        CheckCharges(body.Charges!, errors);
        errors.ThrowIfAny();

        // The charges are replaced whole; a charge's Memo or PostDaysInAdvance left out is blanked.
        var rent = ShallowCopy(existing.Value);
        rent.RentCycle = body.RentCycle;
        rent.BackdateCharges = false;
        rent.Charges = [.. body.Charges!.Select(c => Charge(c.GlAccountId, c.Amount, c.Memo, c.PostDaysInAdvance, c.NextDueDate))];
        rent.TotalAmount = body.Charges!.Sum(c => c.Amount ?? 0);
        return rent;
    }

    private void CheckCharges(List<RentScheduleChargeSaveMessage> charges, WriteErrors errors)
    {
        errors.When(charges.Count == 0, "Charges", "At least one charge is required.");
        foreach (var (charge, index) in charges.Select((c, i) => (c, i)))
        {
            errors.Exists(charge.GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"Charges[{index}].GlAccountId", "general ledger account");
            errors.When(charge.Amount is <= 0, $"Charges[{index}].Amount", "Amount must be greater than zero.");
            errors.When(charge.PostDaysInAdvance is < 0, $"Charges[{index}].PostDaysInAdvance", "PostDaysInAdvance cannot be negative.");
        }
    }
}
