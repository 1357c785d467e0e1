using System.Text.Json;

namespace {{bp.pascalName}}.Api.Exercises;

public static class Responses
{
    /// <summary>"404 NotFound {body}", for a failure message.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 400)
        {
            body = $"{body[..400]}…";
        }
        return $"{(int)response.StatusCode} {response.StatusCode} {body}".TrimEnd();
    }

    /// <summary>The response's JSON body; fails unless it has the expected status and a JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, int expectedStatus, string request)
    {
        Check.That(
            (int)response.StatusCode == expectedStatus,
            $"{request} answered {await DescribeAsync(response)}; expected {expectedStatus}.");
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Check.Failed($"{request} answered a body that is not JSON: {body}");
        }
    }

    /// <summary>The titles of a JSON array of items.</summary>
    public static string[] Titles(JsonElement items, string request)
    {
        Check.That(items.ValueKind == JsonValueKind.Array, $"{request} answered {items}; expected a JSON array of items.");
        return items.EnumerateArray()
            .Select(item => item.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "")
            .ToArray();
    }
}
