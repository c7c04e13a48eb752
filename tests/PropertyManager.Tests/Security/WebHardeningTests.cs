using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Security;

/// <summary>Security headers on every answer, no inline script, and floods and oversized bodies refused cleanly.</summary>
public sealed partial class WebHardeningTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Security:WebhookRequestsPerSecond"] = "5",
            ["Security:MaxRequestBodyBytes"] = "65536",
        });
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Properties")]
    [InlineData("/no/such/page")]
    [InlineData("/health")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Properties")]
    [InlineData("/Properties/Create")]
    public async Task Pages_have_no_inline_script_for_the_policy_to_block(string path)
    {
        var html = await _client.GetStringAsync(new Uri(path, UriKind.Relative));

        InlineScript().Matches(html).ShouldBeEmpty();
        InlineHandler().Matches(html).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_webhook_flood_from_one_address_gets_429_problem_details_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12; i++)
        {
            using var content = new StringContent("{}", Encoding.UTF8, "application/json");
            var response = await _client.PostAsync(new Uri("/webhooks/buildium", UriKind.Relative), content);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        statuses.Take(5).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests, "the first five fit the bucket (and fail the signature check)");
        limited.ShouldNotBeNull();
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_but_the_form_still_shows()
    {
        await using var factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?> { ["Security:LoginAttemptsPerMinute"] = "3" });
        using var guesser = factory.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var attempt = await WebAppFactory.SignInAsync(guesser, "nobody@example.test", "Wrong-password-" + i);
            statuses.Add(attempt.StatusCode);
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests, string.Join(", ", statuses));
        statuses.Take(2).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests, "the first attempts are answered");
        (await guesser.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_oversized_form_post_is_refused_with_413_not_a_500()
    {
        using var content = new StringContent("Input.Name=" + new string('x', 200_000), Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _client.PostAsync(new Uri("/Properties/Create", UriKind.Relative), content);

        ((int)response.StatusCode).ShouldBeOneOf(400, 413);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son(click|load|submit|change|error)\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
