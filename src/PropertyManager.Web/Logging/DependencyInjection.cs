using Serilog;

namespace PropertyManager.Web.Logging;

public static class DependencyInjection
{
    /// <summary>Serilog to the console, levels from the <c>Serilog</c> configuration section.</summary>
    public static IHostApplicationBuilder AddAppLogging(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {SourceContext}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }
}
