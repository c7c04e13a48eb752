namespace PropertyManager.Data.Common;

/// <summary>What vendor and task categories have in common: a name Buildium knows them by, a local description, a status.</summary>
public interface ICategory
{
    Guid Id { get; }
    string? Name { get; set; }
    string? Description { get; set; }
    bool? IsActive { get; set; }
}
