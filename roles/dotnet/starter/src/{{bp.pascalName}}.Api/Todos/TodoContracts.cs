using System.ComponentModel.DataAnnotations;

namespace {{bp.pascalName}}.Api.Todos;

/// <summary>The body of POST and PUT /api/todos.</summary>
public sealed record TodoRequest
{
    [Required, StringLength(TodoItem.MaxTitleLength)]
    public string Title { get; init; } = "";

    public bool IsDone { get; init; }
}

/// <summary>What the API returns for an item: the entity itself stays an internal detail.</summary>
public sealed record TodoResponse(int Id, string Title, bool IsDone)
{
    public static TodoResponse From(TodoItem todo) => new(todo.Id, todo.Title, todo.IsDone);
}
