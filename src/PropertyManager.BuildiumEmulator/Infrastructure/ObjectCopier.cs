using System.Reflection;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Member-wise copies, used by read projections that must not mutate stored (shared) values.</summary>
internal static class ObjectCopier
{
    private static readonly Func<object, object> _memberwiseClone = typeof(object)
        .GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!
        .CreateDelegate<Func<object, object>>();

    public static T Shallow<T>(T value)
        where T : class => (T)_memberwiseClone(value);
}
