using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace {{bp.pascalName}}.Api.Validation;

/// <summary>
/// Checks the DataAnnotations ([Required], [StringLength], ...) of an endpoint's <typeparamref name="T"/> argument
/// and answers 400 with the errors per field. Minimal APIs in .NET 8 do not validate request bodies by themselves.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return await next(context);
        }

        var results = new List<ValidationResult>();
        var validationContext = new ValidationContext(argument);
        if (Validator.TryValidateObject(argument, validationContext, results, validateAllProperties: true))
        {
            return await next(context);
        }

        var errors = results
            .SelectMany(
                result => result.MemberNames,
                (result, member) => (member, message: result.ErrorMessage ?? "Invalid value."))
            .GroupBy(error => JsonNamingPolicy.CamelCase.ConvertName(error.member), error => error.message)
            .ToDictionary(group => group.Key, group => group.ToArray());
        return TypedResults.ValidationProblem(errors);
    }
}
