using System.Reflection;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Runs a test class that the learner wrote in the starter's own test project, the way xUnit would.</summary>
public static class LearnerTests
{
    /// <summary>Runs every [Fact] of tests/{{bp.pascalName}}.Api.Tests/<paramref name="className"/>; fails with the first failure.</summary>
    public static async Task RunAsync(string className, string whatItTests)
    {
        const string testProject = "{{bp.pascalName}}.Api.Tests";
        var testClass = Assembly.Load(new AssemblyName(testProject)).GetType($"{testProject}.{className}");
        Check.That(
            testClass is not null && testClass.IsPublic,
            $"tests/{testProject}/ has no public class {className} in namespace {testProject}: write it there, with " +
            $"[Fact] tests of {whatItTests}.");
        var constructor = testClass!.GetConstructor(Type.EmptyTypes);
        Check.That(
            constructor is not null,
            $"{className} takes constructor parameters; these tests need no web host (no IClassFixture), so it needs none.");
        var facts = testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.GetCustomAttribute<FactAttribute>() is { } fact && fact.Skip is null && fact is not TheoryAttribute)
            .ToList();
        Check.That(facts.Count > 0, $"{className} has no [Fact] tests: write at least one, of {whatItTests}.");

        foreach (var fact in facts)
        {
            var instance = constructor!.Invoke(null);
            try
            {
                var result = fact.Invoke(instance, null);
                if (result is Task task)
                {
                    await task;
                }
            }
            catch (Exception error)
            {
                var cause = error is TargetInvocationException && error.InnerException is not null ? error.InnerException : error;
                throw Check.Failed($"Your test {className}.{fact.Name} fails: {cause.Message}");
            }
            finally
            {
                if (instance is IAsyncDisposable asyncDisposable)
                {
                    await asyncDisposable.DisposeAsync();
                }
                else if (instance is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
        }
    }
}
