namespace PropertyManager.Tests.Web;

/// <summary>Submitting the form of one page to another address (a handler), as a button with formaction does.</summary>
public static class FormPost
{
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string formPage, IDictionary<string, string> fields, string? action = null) =>
        Forms.PostAsync(client, action ?? formPage, fields.AsReadOnly(), formPage);
}
