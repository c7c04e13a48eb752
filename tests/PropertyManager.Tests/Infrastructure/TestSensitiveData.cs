using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>
/// Pins the process-wide protector of the encrypted columns before any test runs. Test classes run in parallel, each
/// host with a key ring of its own (in its own database); the first host to start would otherwise set the protector for
/// all of them, and its keys vanish with its database. One in-memory key ring serves every in-process test instead.
/// </summary>
internal static class TestSensitiveData
{
    public static readonly ISensitiveDataProtector Protector = new DataProtectionSensitiveDataProtector(new EphemeralDataProtectionProvider());

#pragma warning disable CA2255 // A test assembly, not a library: the protector must be set before any test's host starts.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Pin() => SensitiveData.TryConfigure(Protector);
}
