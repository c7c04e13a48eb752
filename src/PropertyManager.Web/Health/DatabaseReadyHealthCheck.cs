using Microsoft.Extensions.Diagnostics.HealthChecks;
using PropertyManager.Data.Schema;

namespace PropertyManager.Web.Health;

/// <summary>Ready when the database answers and carries exactly this build's migrations and tables.</summary>
public sealed class DatabaseReadyHealthCheck(SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var state = await migrator.GetStateAsync(cancellationToken);
            if (state.IsCurrent)
            {
                return HealthCheckResult.Healthy($"{state.Applied.Count} migrations applied");
            }

            return HealthCheckResult.Unhealthy(
                $"Schema not current: pending [{string.Join(", ", state.Pending)}], unknown [{string.Join(", ", state.UnknownApplied)}], missing tables [{string.Join(", ", state.MissingTables)}]");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Readiness must answer 503, never throw: an unreachable database is exactly what it reports.
            return HealthCheckResult.Unhealthy("Database unreachable: " + ex.Message);
        }
    }
}
