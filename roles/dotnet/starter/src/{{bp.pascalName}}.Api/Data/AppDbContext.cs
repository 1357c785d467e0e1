using {{bp.pascalName}}.Api.Todos;
using Microsoft.EntityFrameworkCore;

namespace {{bp.pascalName}}.Api.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<TodoItem> Todos => Set<TodoItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TodoItem>(todo =>
        {
            todo.Property(t => t.Title).HasMaxLength(TodoItem.MaxTitleLength);
            todo.Property(t => t.OwnerId).HasMaxLength(100);
            todo.HasIndex(t => t.OwnerId);
        });
    }
}
