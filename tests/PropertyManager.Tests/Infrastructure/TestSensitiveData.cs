using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>
/// Pins the process-wide protector of the encrypted columns before any test runs. Test classes run in parallel, each
/// host with a key ring of its own (in its own database); the first host to start would otherwise set the protector for
/// all of them, and its keys vanish with its database. One key ring in a directory of this run serves every in-process
/// test, and the app processes the tests start (<see cref="AppProcess"/>) use it too, so both read what the other wrote.
/// </summary>
internal static class TestSensitiveData
{
    public static readonly string KeysDirectory = Path.Combine(Path.GetTempPath(), $"pm-test-keys-{Environment.ProcessId}");

    public static readonly ISensitiveDataProtector Protector = new DataProtectionSensitiveDataProtector(
        DataProtectionProvider.Create(new DirectoryInfo(KeysDirectory), b => b.SetApplicationName("PropertyManager")));

#pragma warning disable CA2255 // A test assembly, not a library: the protector must be set before any test's host starts.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Pin()
    {
        SensitiveData.TryConfigure(Protector);
        // Make the key now, before any child process could race this one to create its own.
        Protector.Unprotect(Protector.Protect("warm-up"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(KeysDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp directory; it holds only this run's throwaway key.
            }
        };
    }
}
