using {{bp.pascalName}}.Api.Auth;
using {{bp.pascalName}}.Api.Data;
using {{bp.pascalName}}.Api.Todos;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddDbContext<AppDbContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("Todos")));
builder.Services.AddJwtAuthentication();
builder.Services.AddAuthorization();

var app = builder.Build();

// Unhandled exceptions and bodiless error responses (401, 404) become RFC 9457 problem details.
app.UseExceptionHandler();
app.UseStatusCodePages();

app.UseAuthentication();
app.UseAuthorization();

app.MapAuthEndpoints();
app.MapTodoEndpoints();

// Creates the SQLite database and its tables on the first run. Real projects use migrations (see the README).
using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreated();
}

app.Run();

// Top-level statements compile into an internal Program class;
// the tests' WebApplicationFactory<Program> needs it to be public.
public partial class Program
{
}
