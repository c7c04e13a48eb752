namespace PropertyManager.Web.Display;

/// <summary>
/// How the app writes money, numbers and dates (section <c>Display</c>). Fixed for the whole app, never taken from the
/// server's locale: a C.UTF-8 server would otherwise show money with the generic "¤" sign.
/// </summary>
public sealed class DisplayOptions
{
    public const string SectionName = "Display";

    /// <summary>A specific culture name such as en-US (the default: Buildium works in US dollars).</summary>
    public string Culture { get; set; } = "en-US";
}
