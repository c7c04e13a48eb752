using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Collects business-rule failures of a write (cross-field rules, unknown references) and ends the request with 422.</summary>
internal sealed class WriteErrors
{
    private readonly List<ApiError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public WriteErrors Add(string key, string message)
    {
        _errors.Add(new ApiError { Key = key, Value = message });
        return this;
    }

    public WriteErrors When(bool condition, string key, string message) => condition ? Add(key, message) : this;

    /// <summary>Checks that an optional reference exists.</summary>
    public WriteErrors Exists(int? id, Func<int, bool> exists, string key, string what) =>
        When(id is { } value && !exists(value), key, $"No {what} found with the id {id}.");

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new BuildiumApiException(StatusCodes.Status422UnprocessableEntity, "The request could not be processed.", _errors);
        }
    }
}
