using System.Text.Json.Nodes;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>RFC 7386 JSON merge: objects merge recursively, anything else (arrays, scalars, null) replaces.</summary>
internal static class JsonMerge
{
    public static void Apply(JsonObject target, JsonObject changes)
    {
        foreach (var (name, change) in changes)
        {
            var existingName = target.Select(p => p.Key).FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
            if (change is JsonObject changeObject && target[existingName] is JsonObject targetObject)
            {
                Apply(targetObject, changeObject);
            }
            else
            {
                target[existingName] = change?.DeepClone();
            }
        }
    }
}
