using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>Reads its query parameter(s); returns a predicate, or null when the parameter is absent.</summary>
internal delegate Func<StoredRecord<T>, bool>? ListFilter<T>(IQueryCollection query)
    where T : class;
