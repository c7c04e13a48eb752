using Serilog;

namespace PropertyManager.Web.Logging;

public static class DependencyInjection
{
    /// <summary>Serilog to the console, levels from the <c>Serilog</c> configuration section.</summary>
    public static IHostApplicationBuilder AddAppLogging(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Defaults for when no appsettings.json is found; configuration overrides them. The static Log.Logger is left
        // alone: with it, every host in a process (the tests run many) would write through the last one's sinks.
        builder.Services.AddSerilog(
            (services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http.HttpClient", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {SourceContext}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
        return builder;
    }
}
