using System.Globalization;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>
/// Deterministic random choices for seeding. System.Random with a seed is stable across runs and .NET
/// versions, so the same seed gives byte-identical data.
/// </summary>
#pragma warning disable CA5394 // Not security: reproducible demo data.
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public double Money(int min, int max) => Math.Round(min + (_random.NextDouble() * (max - min)), 2);

    public string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }

    public string Phone(string areaCode) => string.Create(CultureInfo.InvariantCulture, $"({areaCode}) 555-{Between(100, 9999):0000}");

    public Guid Guid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
#pragma warning restore CA5394
