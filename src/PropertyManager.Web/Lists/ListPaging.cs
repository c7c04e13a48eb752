namespace PropertyManager.Web.Lists;

public static class ListPaging
{
    /// <summary>The page sizes a list offers; anything else in the URL falls back to the first.</summary>
    public static readonly int[] PageSizes = [25, 50, 100];
}
