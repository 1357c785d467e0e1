namespace {{bp.pascalName}}.Api.Todos;

public sealed class TodoItem
{
    public const int MaxTitleLength = 200;

    public int Id { get; set; }

    /// <summary>The "sub" claim of the user who created the item; nobody else can see it.</summary>
    public required string OwnerId { get; init; }

    public required string Title { get; set; }

    public bool IsDone { get; set; }
}
