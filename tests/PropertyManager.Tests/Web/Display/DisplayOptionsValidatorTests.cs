using PropertyManager.Web.Display;

namespace PropertyManager.Tests.Web.Display;

/// <summary>The app's culture is checked at start: a typo or a culture without a currency never reaches a page as "¤".</summary>
public sealed class DisplayOptionsValidatorTests
{
    private readonly DisplayOptionsValidator _validator = new();

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-CA")]
    public void A_country_culture_is_accepted(string culture) =>
        _validator.Validate(null, new DisplayOptions { Culture = culture }).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData("", "empty")]
    [InlineData("en", "no country")]
    [InlineData("xx-NOPE", "not a known culture")]
    public void A_culture_without_a_currency_is_refused_with_the_reason(string culture, string reason)
    {
        var result = _validator.Validate(null, new DisplayOptions { Culture = culture });
        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(reason);
        result.FailureMessage.ShouldContain("Display:Culture");
    }

    [Fact]
    public void The_default_is_us_dollars() =>
        System.Globalization.CultureInfo.GetCultureInfo(new DisplayOptions().Culture).NumberFormat.CurrencySymbol.ShouldBe("$");
}
