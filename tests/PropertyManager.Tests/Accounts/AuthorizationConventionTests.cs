using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Tests.Accounts;

/// <summary>Which pages need which policy, read from the app's own endpoints: every page added later is covered too.</summary>
public sealed class AuthorizationConventionTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly string[] _anonymousPages = ["/Account/Login", "/Account/Logout", "/Account/AccessDenied", "/Error", "/Status/Index"];
    private WebAppFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void Pages_named_create_edit_delete_or_deactivate_need_CanEdit_the_admin_folder_needs_Admin_and_only_the_account_and_error_pages_are_anonymous()
    {
        var pages = Pages();
        pages.Keys.ShouldContain("/Admin/Users/Create");

        foreach (var (path, endpoint) in pages)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var name = path[(path.LastIndexOf('/') + 1)..];

            anonymous.ShouldBe(_anonymousPages.Contains(path), path);
            if (WritePagesConvention.PageNames.Contains(name))
            {
                policies.ShouldContain(WritePagesConvention.PolicyFor(path), path);
            }

            if (path.StartsWith("/Admin/", StringComparison.Ordinal))
            {
                policies.ShouldContain(Policies.Admin, path);
            }
            else if (!WritePagesConvention.PageNames.Contains(name))
            {
                policies.ShouldBeEmpty(path + " is only behind the fallback policy (any signed-in user)");
            }
        }
    }

    private Dictionary<string, Endpoint> Pages() =>
        _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .ToDictionary(g => g.Key, g => g.First());
}
