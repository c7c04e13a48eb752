using PropertyManager.BuildiumEmulator.Admin;
using PropertyManager.BuildiumEmulator.Banking;
using PropertyManager.BuildiumEmulator.Bills;
using PropertyManager.BuildiumEmulator.Faults;
using PropertyManager.BuildiumEmulator.Files;
using PropertyManager.BuildiumEmulator.GeneralLedger;
using PropertyManager.BuildiumEmulator.GlAccounts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.LeaseLedger;
using PropertyManager.BuildiumEmulator.Leases;
using PropertyManager.BuildiumEmulator.Owners;
using PropertyManager.BuildiumEmulator.RateLimiting;
using PropertyManager.BuildiumEmulator.Rentals;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Seeding;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Tasks;
using PropertyManager.BuildiumEmulator.Units;
using PropertyManager.BuildiumEmulator.Users;
using PropertyManager.BuildiumEmulator.Vendors;
using PropertyManager.BuildiumEmulator.Webhooks;
using PropertyManager.BuildiumEmulator.WorkOrders;

namespace PropertyManager.BuildiumEmulator;

/// <summary>The one place that wires the emulator, used by Program (standalone) and <see cref="BuildiumEmulatorHost"/> (in-process).</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(WebApplicationBuilder builder, EmulatorOptions options)
    {
        AddEmulator(builder.Services, options);
        var app = builder.Build();
        app.Services.GetRequiredService<PortfolioSeeder>().Seed();
        UseEmulator(app);
        return app;
    }

    private static void AddEmulator(IServiceCollection services, EmulatorOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<EmulatorData>();
        services.AddSingleton<ResourceContext>();
        services.AddSingleton<EmulatorStats>();
        services.AddSingleton(new EmulatorFaults(options.Faults));
        services.AddSingleton<RateLimitGate>();
        services.AddSingleton<WebhookPublisher>();
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddSingleton<WebhookSubscription>();
        services.AddHostedService<WebhookDispatcher>();

        AddKind<RentalsResource>(services);
        AddKind<UnitsResource>(services);
        AddKind<OwnersResource>(services);
        AddKind<TenantsResource>(services);
        AddKind<RentsResource>(services);
        AddKind<LeaseTransactionsResource>(services);
        AddKind<LeasesResource>(services);
        AddKind<LeaseRenewalsResource>(services);
        AddKind<GlAccountsResource>(services);
        AddKind<BankAccountsResource>(services);
        AddKind<VendorCategoriesResource>(services);
        AddKind<VendorsResource>(services);
        AddKind<BillsResource>(services);
        AddKind<BillPaymentsResource>(services);
        AddKind<TaskCategoriesResource>(services);
        AddKind<TasksResource>(services);
        AddKind<TaskHistoryResource>(services);
        AddKind<TaskHistoryFilesResource>(services);
        AddKind<WorkOrdersResource>(services);
        AddKind<UsersResource>(services);
        services.AddSingleton<TaskWriter>();
        AddModule<ResidentRequestEndpoints>(services);
        AddModule<ToDoRequestEndpoints>(services);
        AddModule<ContactRequestEndpoints>(services);
        AddModule<RentalOwnerRequestEndpoints>(services);
        AddModule<OutstandingBalancesEndpoints>(services);
        AddModule<GeneralLedgerTransactionsEndpoints>(services);
        AddModule<FileEndpoints>(services);
        AddModule<AdminEndpoints>(services);

        services.AddSingleton<PortfolioSeeder>();
        services.AddSingleton(sp => new EmulatorStore(sp.GetServices<IResourceKind>(), sp.GetRequiredService<PortfolioSeeder>()));
    }

    private static void UseEmulator(WebApplication app)
    {
        app.UseMiddleware<BuildiumErrorMiddleware>();

        // Unknown paths (404) and unsupported methods (405) get Buildium's error body too.
        app.UseStatusCodePages(context => BuildiumResults.WriteErrorAsync(
            context.HttpContext,
            context.HttpContext.Response.StatusCode,
            context.HttpContext.Response.StatusCode == StatusCodes.Status405MethodNotAllowed
                ? "The requested method is not supported for this resource."
                : "The requested resource was not found."));
        app.UseMiddleware<RequestStatisticsMiddleware>();
        app.UseMiddleware<ClientCredentialsMiddleware>();
        app.UseMiddleware<CaseSensitivePathMiddleware>();
        app.UseMiddleware<CaseSensitiveQueryMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseRouting();
        foreach (var module in app.Services.GetServices<IEndpointModule>())
        {
            module.MapEndpoints(app);
        }
    }

    private static void AddKind<TKind>(IServiceCollection services)
        where TKind : class, IResourceKind, IEndpointModule
    {
        services.AddSingleton<TKind>();
        services.AddSingleton<IResourceKind>(sp => sp.GetRequiredService<TKind>());
        services.AddSingleton<IEndpointModule>(sp => sp.GetRequiredService<TKind>());
    }

    private static void AddModule<TModule>(IServiceCollection services)
        where TModule : class, IEndpointModule => services.AddSingleton<IEndpointModule, TModule>();
}
