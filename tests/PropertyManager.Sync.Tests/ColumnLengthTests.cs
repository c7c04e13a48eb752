using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class ColumnLengthTests
{
    [Fact]
    public void The_length_table_matches_every_bounded_string_column_of_the_EF_model()
    {
        ColumnLengths.All.Count.ShouldBe(20, "one entry per mapped entity");
        foreach (var (type, columns) in ColumnLengths.All)
        {
            var entity = Model.Instance.FindEntityType(type);
            entity.ShouldNotBeNull(type.Name);
            var bounded = entity.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
                .ToDictionary(p => p.Name, p => p.GetMaxLength()!.Value);
            columns.OrderBy(c => c.Key).ShouldBe(bounded.OrderBy(c => c.Key), $"{type.Name}: ColumnLengths differs from the EF configuration");
        }
    }

    [Fact]
    public void Fit_truncates_over_long_values_to_the_column_length_and_leaves_others_alone()
    {
        var property = new Property
        {
            Name = new string('N', 300),
            PostalCode = "02135-1234-EXTRA-LONG-CODE",
            City = "Boston",
            StructureDescription = new string('d', 5000),
        };

        ColumnLengths.Fit(property);

        property.Name.ShouldBe(new string('N', 127));
        property.PostalCode.ShouldBe("02135-1234-EXTRA-LON");
        property.City.ShouldBe("Boston");
        property.StructureDescription!.Length.ShouldBe(5000, "TEXT columns are unbounded");
    }

    [Fact]
    public void Truncation_never_leaves_half_a_surrogate_pair()
    {
        var owner = new Owner { TaxPayerType = "ABCDEFGHI😀" }; // the emoji straddles the 10-character limit

        ColumnLengths.Fit(owner);

        owner.TaxPayerType.ShouldBe("ABCDEFGHI");
    }

    [Fact]
    public void Of_returns_the_length_or_null_for_unbounded_columns()
    {
        ColumnLengths.Of<Owner>(nameof(Owner.TaxPayerName1)).ShouldBe(40);
        ColumnLengths.Of<Owner>(nameof(Owner.Comment)).ShouldBeNull();
    }
}
