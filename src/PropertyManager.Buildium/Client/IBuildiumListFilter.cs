namespace PropertyManager.Buildium.Client;

/// <summary>A typed filter of one list endpoint; it writes its own query parameters in the endpoint's formats.</summary>
public interface IBuildiumListFilter
{
    void AppendTo(BuildiumQuery query);
}
