using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Push;
using PropertyManager.Sync.Reconcile;
using PropertyManager.Sync.Staff;

namespace PropertyManager.Sync.Runs;

public static class DependencyInjection
{
    /// <summary>The sync engine: runner, upserter and record store, scoped with the DbContext they share.</summary>
    public static IHostApplicationBuilder AddSyncEngine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SyncOptions>()
            .BindConfiguration(SyncOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<BulkUpserter>();
        builder.Services.AddScoped<SyncRecordStore>();
        builder.Services.AddScoped<PullContextFactory>();
        builder.Services.AddScoped<SyncRunner>();
        builder.Services.AddScoped<StaffUserRefresh>();
        builder.Services.AddScoped<Reconciler>();
        builder.Services.AddOptions<PushOptions>()
            .BindConfiguration(PushOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<RecordPusher>();
        builder.Services.AddScoped<PushRunner>();
        builder.Services.AddScoped<ConflictService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SyncTrigger>();
        builder.Services.AddSingleton<SyncProgress>();
        if (builder.Configuration.GetValue(SyncOptions.SectionName + ":" + nameof(SyncOptions.Enabled), defaultValue: true))
        {
            builder.Services.AddHostedService<SyncWorker>();
        }

        return builder;
    }
}
