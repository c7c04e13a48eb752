namespace PropertyManager.Buildium.Rentals;

/// <summary>Status filter of rentals (note Buildium's casing <c>InActive</c>).</summary>
public enum RentalStatus
{
    Active,
    InActive,
}
