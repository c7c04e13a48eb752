using System.Text.Json.Nodes;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>Untyped access to a kind for the admin endpoint and <see cref="EmulatorStore"/>.</summary>
internal interface IResourceKind
{
    string Name { get; }

    int Count { get; }

    IReadOnlyList<int> Ids();

    JsonObject? GetJson(int id);

    /// <summary>The record as stored: write-only fields included, tax ids unmasked.</summary>
    JsonObject? GetStoredJson(int id);

    /// <summary>Merges fields into the record as a user of Buildium's UI would, then fires "*.Updated".</summary>
    JsonObject? MergeJson(int id, JsonObject changes);

    /// <summary>Removes the record as Buildium's UI would, firing "*.Deleted".</summary>
    bool Delete(int id);
}
