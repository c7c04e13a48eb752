using PropertyManager.Data.Common;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class ColumnLengthTests
{
    [Fact]
    public void Fit_brings_every_bounded_string_column_of_every_entity_within_its_EF_length()
    {
        var checkedEntities = new HashSet<string>();
        foreach (var entity in Model.Instance.GetEntityTypes().Where(e => e.ClrType.GetConstructor(Type.EmptyTypes) is not null))
        {
            var bounded = entity.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null && p.PropertyInfo is not null)
                .ToList();
            var instance = Activator.CreateInstance(entity.ClrType)!;
            foreach (var column in bounded)
            {
                column.PropertyInfo!.SetValue(instance, new string('x', column.GetMaxLength()!.Value + 1));
            }

            typeof(ColumnLengths).GetMethod(nameof(ColumnLengths.Fit))!.MakeGenericMethod(entity.ClrType).Invoke(null, [instance]);

            foreach (var column in bounded)
            {
                ((string)column.PropertyInfo!.GetValue(instance)!).Length.ShouldBe(
                    column.GetMaxLength()!.Value, $"{entity.ClrType.Name}.{column.Name}");
                checkedEntities.Add(entity.ClrType.Name);
            }
        }

        // Nothing lists these: an entity's lengths come with its configuration.
        checkedEntities.ShouldContain(nameof(Owner));
        checkedEntities.ShouldContain("Tenant");
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
