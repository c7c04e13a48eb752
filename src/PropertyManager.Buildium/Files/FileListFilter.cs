using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Files;

/// <summary>Filters of <c>GET /v1/files</c>.</summary>
public sealed class FileListFilter : IBuildiumListFilter
{
    public int? EntityId { get; init; }

    public FileEntityType? EntityType { get; init; }

    public int? CategoryId { get; init; }

    public string? TitleOrDescription { get; init; }

    public DateOnly? UploadedFrom { get; init; }

    public DateOnly? UploadedTo { get; init; }

    public IReadOnlyCollection<string>? PhysicalFileNames { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("entityid", EntityId)
            .Add("entitytype", EntityType)
            .Add("categoryid", CategoryId)
            .Add("titleordescription", TitleOrDescription)
            .AddDate("uploadedfrom", UploadedFrom)
            .AddDate("uploadedto", UploadedTo)
            .AddMany("physicalfilenames", PhysicalFileNames);
    }
}
