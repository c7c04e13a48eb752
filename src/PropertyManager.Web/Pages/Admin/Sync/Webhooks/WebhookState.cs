namespace PropertyManager.Web.Pages.Admin.Sync.Webhooks;

/// <summary>An event's processing state in words, as the <c>webhooks list</c> command prints it.</summary>
public static class WebhookState
{
    public static string Of(bool? processed, int? retryCount, int? maxRetries) => (processed, retryCount) switch
    {
        (true, _) => "processed",
        (_, > 0) when retryCount >= maxRetries => "failed",
        (_, > 0) => $"retrying {retryCount}/{maxRetries}",
        _ => "pending",
    };

    public static string Badge(string state) => state switch
    {
        "processed" => "text-bg-success",
        "failed" => "text-bg-danger",
        "pending" => "text-bg-info",
        _ => "text-bg-warning",
    };
}
