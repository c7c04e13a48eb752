namespace PropertyManager.BuildiumEmulator.Contracts;

/// <summary>A top-level Buildium resource: every one carries an int32 <c>Id</c>.</summary>
internal interface IBuildiumRecord
{
    int? Id { get; set; }
}
