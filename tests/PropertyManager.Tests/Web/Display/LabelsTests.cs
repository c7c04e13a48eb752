using PropertyManager.Web.Display;

namespace PropertyManager.Tests.Web.Display;

/// <summary>Issue 16: stored values (Buildium enum names, statuses, sync kinds) read as words, one mapping everywhere.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("TwoBed", "2 bed")]
    [InlineData("OnePointFiveBath", "1.5 bath")]
    [InlineData("PartiallyPaid", "Partially paid")]
    [InlineData("InProgress", "In progress")]
    [InlineData("bill_payment", "Bill payment")]
    [InlineData("task_category", "Task category")]
    [InlineData("gl_account", "GL account")]
    [InlineData("MultiFamily", "Multi-family")]
    [InlineData("AtWill", "Month-to-month")]
    [InlineData("CurrentAsset", "Current asset")]
    [InlineData("succeeded", "Succeeded")]
    [InlineData("EIN", "EIN")]
    [InlineData("Studio", "Studio")]
    public void A_stored_value_reads_as_words(string stored, string expected) => Labels.Of(stored).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_value_is_a_dash_on_pages_and_nothing_in_a_csv_cell(string? stored)
    {
        Labels.Show(stored).ShouldBe("—");
        Labels.Of(stored).ShouldBeNull();
    }
}
