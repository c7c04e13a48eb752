using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data;

namespace PropertyManager.Sync.Tests.Infrastructure;

/// <summary>The app's EF model, built without a database (no connection is opened to read the model).</summary>
public static class Model
{
    private static readonly Lazy<IModel> s_model = new(() =>
    {
        using var db = new AppDbContext(AppDbContextOptions.Create("Host=localhost;Database=model_only"));
        return db.Model;
    });

    public static IModel Instance => s_model.Value;

    public static IEntityType Entity<TEntity>() => Instance.FindEntityType(typeof(TEntity))
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
}
