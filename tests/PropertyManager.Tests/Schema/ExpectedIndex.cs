namespace PropertyManager.Tests.Schema;

/// <summary>
/// An index named in the document's Indexes section, with the column(s) it must cover, in order.
/// </summary>
public sealed record ExpectedIndex(string Name, string Table, IReadOnlyList<string> Columns, bool Unique);
