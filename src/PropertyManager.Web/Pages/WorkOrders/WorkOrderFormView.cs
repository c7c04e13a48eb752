namespace PropertyManager.Web.Pages.WorkOrders;

/// <summary>What the shared work order form needs: the input, its choices, the fields Buildium keeps on the task, and whether it is new.</summary>
public sealed record WorkOrderFormView(WorkOrderInput Input, WorkOrderChoices Choices, IReadOnlySet<string> Locked, bool IsNew);
