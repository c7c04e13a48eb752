using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Where the sanitizer writes: keeps the first <c>maxChars</c> of the masked JSON and, once it is longer, only its
/// size and SHA-256 (hashed as it streams past), so a body over the limit is never held whole. The JSON writer's
/// default encoder escapes everything outside ASCII, so bytes and characters count the same.
/// </summary>
internal sealed class SanitizedBodyWriter(int maxChars) : IBufferWriter<byte>, IDisposable
{
    // One byte past the limit is kept: it tells "exactly at the limit" from "over it".
    private readonly long _keep = Math.Max(maxChars, 0) + 1L;
    private readonly ArrayBufferWriter<byte> _kept = new((int)Math.Min(Math.Max(maxChars, 0) + 1L, 16 * 1024));
    private byte[] _scratch = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private IncrementalHash? _hash;
    private long _length;

    public void Advance(int count)
    {
        var written = _scratch.AsSpan(0, count);
        _length += count;
        if (_hash is not null)
        {
            _hash.AppendData(written);
            return;
        }

        var room = (int)Math.Min(_keep - _kept.WrittenCount, count);
        _kept.Write(written[..room]);
        if (_length >= _keep)
        {
            // Over the limit: from here on only the hash of everything is needed, the kept part being its start.
            _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _hash.AppendData(_kept.WrittenSpan);
            _hash.AppendData(written[room..]);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureScratch(sizeHint);
        return _scratch;
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureScratch(sizeHint);
        return _scratch;
    }

    /// <summary>The masked JSON, or a summary with its size, hash and the first <paramref name="previewChars"/>.</summary>
    public string ToText(int previewChars)
    {
        if (_hash is null)
        {
            return Encoding.UTF8.GetString(_kept.WrittenSpan);
        }

        var preview = _kept.WrittenSpan[..Math.Min(Math.Max(previewChars, 0), _kept.WrittenCount)];
        return new JsonObject
        {
            ["truncated"] = true,
            ["size"] = _length,
            ["sha256"] = Convert.ToHexStringLower(_hash.GetHashAndReset()),
            ["preview"] = Encoding.UTF8.GetString(preview),
        }.ToJsonString();
    }

    public void Dispose()
    {
        _hash?.Dispose();
        ArrayPool<byte>.Shared.Return(_scratch);
        _scratch = [];
    }

    private void EnsureScratch(int sizeHint)
    {
        if (sizeHint > _scratch.Length)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
    }
}
