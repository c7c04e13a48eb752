namespace PropertyManager.Web.Webhooks;

/// <summary>The outcome of checking a webhook's signature headers; everything but <see cref="Valid"/> is answered 401.</summary>
public enum WebhookVerification
{
    Valid,
    NoSecretConfigured,
    MissingHeaders,
    BadTimestamp,
    StaleTimestamp,
    BadSignature,
}
