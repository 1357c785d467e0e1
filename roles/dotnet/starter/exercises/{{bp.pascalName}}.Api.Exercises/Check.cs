using Xunit.Sdk;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Failures worded for the learner: their message is what the Testing view shows.</summary>
public static class Check
{
    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw Failed(message);
        }
    }

    public static XunitException Failed(string message) => new(message);
}
