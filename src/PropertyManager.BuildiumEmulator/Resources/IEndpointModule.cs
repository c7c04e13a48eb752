namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>A feature that maps its own endpoints.</summary>
internal interface IEndpointModule
{
    void MapEndpoints(IEndpointRouteBuilder app);
}
