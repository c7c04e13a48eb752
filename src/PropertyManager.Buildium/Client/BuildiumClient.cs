using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Files;
using PropertyManager.Buildium.GeneralLedger;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.Units;
using PropertyManager.Buildium.Users;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Buildium.WorkOrders;

namespace PropertyManager.Buildium.Client;

/// <summary>
/// Typed <see cref="HttpClient"/> for Buildium's Open API v1, grouped by area
/// (<c>client.Rentals.ListAsync(...)</c>). Register it with <c>AddBuildiumClient</c>; every call goes through
/// the shared rate limiter, the retry/circuit-breaker pipeline and the API log.
/// </summary>
public sealed class BuildiumClient
{
    /// <summary>Name of the plain client used to PUT file bytes to Buildium's pre-signed storage URLs.</summary>
    public const string UploadHttpClientName = "PropertyManager.Buildium.Upload";

    private readonly BuildiumTransport _transport;

    public BuildiumClient(
        HttpClient httpClient,
        IHttpClientFactory httpClientFactory,
        IOptions<BuildiumOptions> options,
        IBuildiumResponseCache cache,
        BuildiumSerializer serializer,
        TimeProvider timeProvider,
        ILogger<BuildiumClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(serializer);
        _transport = new BuildiumTransport(httpClient, options.Value, cache, serializer.Options, timeProvider, logger);
        Rentals = new RentalsClient(_transport);
        RentalUnits = new RentalUnitsClient(_transport);
        RentalOwners = new RentalOwnersClient(_transport);
        Leases = new LeasesClient(_transport);
        LeaseTenants = new LeaseTenantsClient(_transport);
        LeaseRent = new LeaseRentClient(_transport);
        LeaseTransactions = new LeaseTransactionsClient(_transport);
        OutstandingBalances = new OutstandingBalancesClient(_transport);
        BankAccounts = new BankAccountsClient(_transport);
        GlAccounts = new GlAccountsClient(_transport);
        Vendors = new VendorsClient(_transport);
        VendorCategories = new VendorCategoriesClient(_transport);
        Bills = new BillsClient(_transport);
        GeneralLedger = new GeneralLedgerClient(_transport);
        Tasks = new TasksClient(_transport);
        TaskCategories = new TaskCategoriesClient(_transport);
        TaskHistory = new TaskHistoryClient(_transport);
        WorkOrders = new WorkOrdersClient(_transport);
        Users = new UsersClient(_transport);
        Files = new FilesClient(_transport);
        TaskHistoryFiles = new TaskHistoryFilesClient(_transport, Files, () => httpClientFactory.CreateClient(UploadHttpClientName));
    }

    public RentalsClient Rentals { get; }

    public RentalUnitsClient RentalUnits { get; }

    public RentalOwnersClient RentalOwners { get; }

    public LeasesClient Leases { get; }

    public LeaseTenantsClient LeaseTenants { get; }

    public LeaseRentClient LeaseRent { get; }

    public LeaseTransactionsClient LeaseTransactions { get; }

    public OutstandingBalancesClient OutstandingBalances { get; }

    public BankAccountsClient BankAccounts { get; }

    public GlAccountsClient GlAccounts { get; }

    public VendorsClient Vendors { get; }

    public VendorCategoriesClient VendorCategories { get; }

    public BillsClient Bills { get; }

    public GeneralLedgerClient GeneralLedger { get; }

    public TasksClient Tasks { get; }

    public TaskCategoriesClient TaskCategories { get; }

    public TaskHistoryClient TaskHistory { get; }

    public TaskHistoryFilesClient TaskHistoryFiles { get; }

    public WorkOrdersClient WorkOrders { get; }

    public FilesClient Files { get; }

    public UsersClient Users { get; }

    /// <summary>
    /// The generic GET-merge-PUT for any Buildium resource (the area clients use it too): reads
    /// <paramref name="path"/> (e.g. <c>v1/rentals/12</c>), converts it with <paramref name="toWrite"/>,
    /// applies <paramref name="change"/> and PUTs the full message back.
    /// </summary>
    public Task<TRead> UpdateAsync<TRead, TWrite>(
        string path,
        Func<TRead, TWrite> toWrite,
        Action<TWrite> change,
        CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync(path, toWrite, change, cancellationToken);
}
