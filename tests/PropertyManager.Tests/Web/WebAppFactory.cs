using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PropertyManager.Tests.Web;

/// <summary>The web app on real Kestrel over loopback, against a test database.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    public WebAppFactory(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        // Pages are tested on the rows each test writes; the scheduled sync would add the demo portfolio.
        builder.UseSetting("Sync:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration for one test class, applied last.</summary>
    public Dictionary<string, string?> Settings { get; } = [];
}
