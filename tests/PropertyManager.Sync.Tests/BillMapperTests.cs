using System.Text.Json.Nodes;
using PropertyManager.Buildium.Bills;
using PropertyManager.Data.Bills;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Payables;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class BillMapperTests
{
    [Fact]
    public void A_bill_maps_to_every_bill_column()
    {
        var bill = new Bill { IsRecurring = true };

        BillMapper.ToLocal(Samples.Bill(), bill);

        bill.BuildiumBillId.ShouldBe(62001);
        bill.Date.ShouldBe(new DateOnly(2025, 7, 3));
        bill.DueDate.ShouldBe(new DateOnly(2025, 8, 2));
        bill.Amount.ShouldBe(1775.25m);
        bill.Description.ShouldBe("Replace water heater, unit 3B");
        bill.ReferenceNumber.ShouldBe("INV-2025-0713");
        bill.CategoryId.ShouldBe(40010, "the first line's GL account");
        bill.Status.ShouldBe(BillStatuses.Unpaid);
        bill.IsRecurring.ShouldBe(true, "local only");
        BillMapper.Parents(Samples.Bill()).ShouldBe(new BuildiumParents { VendorId = 8801, PropertyId = 50112, UnitId = 90877 });
    }

    [Theory]
    [InlineData(null, null, BillStatuses.Unpaid)]
    [InlineData(null, 0.0, BillStatuses.Unpaid)]
    [InlineData(null, 1000.0, BillStatuses.PartiallyPaid)]
    [InlineData(null, 1775.25, BillStatuses.Paid)]
    [InlineData("2025-07-28", null, BillStatuses.Paid)]
    [InlineData("2025-07-28", 1775.25, BillStatuses.Paid)]
    public void The_status_derives_from_the_paid_date_and_the_amount_paid(string? paidDate, double? amountPaid, string expected)
    {
        var message = Samples.Bill();
        message.PaidDate = paidDate is null ? null : DateOnly.Parse(paidDate, System.Globalization.CultureInfo.InvariantCulture);
        var bill = new Bill();

        BillMapper.ToLocal(message, bill, (decimal?)amountPaid);

        bill.Status.ShouldBe(expected);
    }

    [Fact]
    public void A_bill_without_lines_has_amount_zero_and_a_company_line_has_no_property()
    {
        var empty = Samples.Bill();
        empty.Lines = null;
        var company = Samples.Bill();
        company.Lines![0].AccountingEntity = new AccountingEntityMessage { Id = 1, AccountingEntityType = AccountingEntityType.Company };
        var bill = new Bill();

        BillMapper.ToLocal(empty, bill);

        bill.Amount.ShouldBe(0m);
        bill.CategoryId.ShouldBeNull();
        BillMapper.Parents(empty).PropertyId.ShouldBeNull();
        BillMapper.Parents(company).PropertyId.ShouldBeNull();
        BillMapper.Parents(company).UnitId.ShouldBeNull();
    }

    [Fact]
    public void A_local_bill_survives_post_and_Buildiums_echo()
    {
        var local = new Bill
        {
            Date = new DateOnly(2025, 8, 1),
            DueDate = new DateOnly(2025, 8, 31),
            Amount = 640.00m,
            Description = "Quarterly gutter cleaning",
            ReferenceNumber = "GC-3391",
            CategoryId = 40030,
            Status = BillStatuses.Unpaid,
        };

        var post = BillMapper.ToPost(local, vendorBuildiumId: 8801, propertyBuildiumId: 50112, unitBuildiumId: 90877);
        var echoed = BuildiumEcho.Echo<BillMessage>(post, json =>
        {
            json["Id"] = 62050;
            json["ApprovalStatus"] = "NotNeeded";
            foreach (var line in json["Lines"]!.AsArray())
            {
                var entity = line!["AccountingEntity"]!.AsObject();
                entity["Unit"] = new JsonObject { ["Id"] = entity["UnitId"]!.DeepClone() };
                entity.Remove("UnitId");
                line["GLAccount"] = new JsonObject { ["Id"] = line["GlAccountId"]!.DeepClone() };
                line["Id"] = 1;
            }
        });
        var pulled = new Bill();
        BillMapper.ToLocal(echoed, pulled);

        foreach (var property in typeof(Bill).GetProperties().Where(p => p.Name is not (nameof(Bill.Payments) or nameof(Bill.BuildiumBillId))))
        {
            property.GetValue(pulled).ShouldBe(property.GetValue(local), property.Name);
        }

        BillMapper.Parents(echoed).ShouldBe(new BuildiumParents { VendorId = 8801, PropertyId = 50112, UnitId = 90877 });
    }

    [Fact]
    public void ApplyTo_keeps_line_ids_markups_and_other_lines_and_refuses_to_split_a_new_amount()
    {
        var message = Samples.Bill();
        message.Lines![0].Markup = new BillMarkupMessage { Amount = 10, Type = MarkupType.Percent };
        var put = message.ToPutMessage();
        var local = new Bill();
        BillMapper.ToLocal(message, local);
        local.Description = "Replace 40 gal water heater, unit 3B";
        local.CategoryId = 40011;

        BillMapper.ApplyTo(local, put);

        put.Memo.ShouldBe("Replace 40 gal water heater, unit 3B");
        put.Lines!.Select(l => l.Id).ShouldBe([1, 2]);
        put.Lines![0].GlAccountId.ShouldBe(40011);
        put.Lines![0].Markup!.Amount.ShouldBe(10);
        put.Lines![1].GlAccountId.ShouldBe(40020);
        put.Lines!.Sum(l => l.Amount).ShouldBe(1775.25m);

        local.Amount = 1900m;
        Should.Throw<InvalidOperationException>(() => BillMapper.ApplyTo(local, put)).Message.ShouldContain("2 lines");

        var single = Samples.Bill();
        single.Lines!.RemoveAt(1);
        var singlePut = single.ToPutMessage();
        BillMapper.ApplyTo(local, singlePut);
        singlePut.Lines!.Single().Amount.ShouldBe(1900m);
    }

    [Fact]
    public void A_payment_maps_its_lines_date_check_number_and_memo()
    {
        var payment = new BillPayment();

        BillPaymentMapper.ToLocal(Samples.BillPayment(), payment);

        payment.BuildiumPaymentId.ShouldBe(63005);
        payment.Amount.ShouldBe(1325.25m);
        payment.Date.ShouldBe(new DateOnly(2025, 7, 20));
        payment.ReferenceNumber.ShouldBe("10452");
        payment.Memo.ShouldBe("Partial payment, balance on completion");
        BillPaymentMapper.Parents(Samples.BillPayment()).ShouldBe(new BuildiumParents { BankAccountId = 10021, BillId = 62001 });
    }

    [Fact]
    public void A_payment_of_several_bills_counts_only_the_lines_of_the_given_bill()
    {
        var message = Samples.BillPayment();
        message.PaidBillIds = [62001, 62002];
        message.Lines!.Add(Samples.PaymentLine(40090, 80m, entityId: 50200, unitId: null));

        BillPaymentMapper.AmountFor(message, Samples.Bill()).ShouldBe(1325.25m);
        BillPaymentMapper.AmountFor(message).ShouldBe(1405.25m);
    }

    [Fact]
    public void A_local_payment_is_spread_over_the_open_lines_and_survives_Buildiums_echo()
    {
        var bill = Samples.Bill();
        var local = new BillPayment { Amount = 700m, Date = new DateOnly(2025, 8, 5), ReferenceNumber = "10460", Memo = "Balance" };

        var post = BillPaymentMapper.ToPost(local, bankAccountBuildiumId: 10021, bill, alreadyPaid: 1000m);
        var echoed = BuildiumEcho.Echo<BillPaymentMessage>(post, json =>
        {
            json["Id"] = 63010;
            json["PaidBillIds"] = new JsonArray(62001);
            foreach (var line in json["Lines"]!.AsArray())
            {
                var billLine = bill.Lines!.Single(l => l.Id == (int)line!["BillLineId"]!);
                line!["GLAccountId"] = billLine.GLAccount!.Id;
                line["AccountingEntity"] = new JsonObject { ["Id"] = 50112, ["AccountingEntityType"] = "Rental", ["UnitId"] = 90877 };
            }
        });
        var pulled = new BillPayment();
        BillPaymentMapper.ToLocal(echoed, pulled);

        post.Lines.Select(l => (l.BillLineId, l.Amount)).ShouldBe([(1, 450m), (2, 250m)]);
        post.CheckNumber.ShouldBe("10460");
        pulled.Amount.ShouldBe(700m);
        pulled.Date.ShouldBe(local.Date);
        pulled.ReferenceNumber.ShouldBe("10460");
        pulled.Memo.ShouldBe("Balance");
        BillPaymentMapper.Parents(echoed).ShouldBe(new BuildiumParents { BankAccountId = 10021, BillId = 62001 });
        Should.Throw<InvalidOperationException>(() => BillPaymentMapper.ToPost(new BillPayment { Amount = 800m, Date = new DateOnly(2025, 8, 5) }, 10021, bill, 1000m));
        BillPaymentMapper.ReadOnlyFields.ShouldContain(nameof(BillPayment.Amount));
    }
}
