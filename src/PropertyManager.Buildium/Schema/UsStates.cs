namespace PropertyManager.Buildium.Schema;

/// <summary>
/// Buildium's address rule for the United States (<c>SaveAddressMessage.State</c> in <c>openapi.json</c>): "When
/// <c>Country</c> is set to <c>UnitedStates</c> this value must be a valid state name or abbreviation."
/// </summary>
public static class UsStates
{
    private static readonly string[] s_names =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
    ];

    private static readonly string[] s_abbreviations =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    public static bool IsValid(string? state) =>
        state is not null && (s_names.Contains(state.Trim(), StringComparer.OrdinalIgnoreCase) || s_abbreviations.Contains(state.Trim(), StringComparer.OrdinalIgnoreCase));
}
