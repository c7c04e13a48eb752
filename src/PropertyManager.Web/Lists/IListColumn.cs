namespace PropertyManager.Web.Lists;

/// <summary>What the shared header partial needs of a column, whatever the row type.</summary>
public interface IListColumn
{
    string Key { get; }
    string Header { get; }
    bool Sortable { get; }
    bool Numeric { get; }
}
