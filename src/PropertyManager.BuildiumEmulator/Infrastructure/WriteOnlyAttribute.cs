namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// A field Buildium takes in its POST/PUT messages but never returns on read (an owner's <c>DateOfBirth</c>, a GL
/// account's <c>IsCashAsset</c>). The record stores it; the API's JSON leaves it out (<see cref="BuildiumJson"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WriteOnlyAttribute : Attribute
{
}
