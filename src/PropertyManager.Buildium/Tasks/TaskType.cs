namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium task type.</summary>
public enum TaskType
{
    ContactRequest,
    ResidentRequest,
    Todo,
    RentalOwnerRequest,
}
