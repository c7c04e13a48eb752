namespace PropertyManager.Web.Accounts;

/// <param name="Field">One of <see cref="AccountField"/>: the form field the message belongs beside.</param>
public sealed record AccountError(string Field, string Message);
