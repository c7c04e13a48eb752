using PropertyManager.BuildiumEmulator;

namespace PropertyManager.Web.Buildium;

/// <summary>
/// The Buildium emulator the app hosts itself when no Buildium credentials are configured, so the app works out
/// of the box. It starts with the host, before anything calls Buildium, on an address chosen at configuration time.
/// </summary>
public sealed class EmbeddedEmulator(EmulatorOptions options, Uri address) : IHostedService, IAsyncDisposable
{
    private BuildiumEmulatorHost? _host;

    public Uri Address { get; } = address;
    public EmulatorOptions Options { get; } = options;

    /// <summary>The running emulator (for tests and the admin pages); null before start.</summary>
    public BuildiumEmulatorHost? Host => _host;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _host = await BuildiumEmulatorHost.StartAsync(Options, Address.ToString().TrimEnd('/'), cancellationToken);

    // Stopped with the host (bounded by its shutdown timeout), not later at disposal where nothing bounds it.
    public Task StopAsync(CancellationToken cancellationToken) => _host?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
