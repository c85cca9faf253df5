using System.Text;
using System.Text.Json;

namespace Guide.Testing.Sandbox;

/// <summary>Small JSON conveniences for tests that talk to the simulator over HTTP.</summary>
public static class HttpJson
{
    /// <summary>The answer's body as JSON (a detached copy, so nothing needs disposing).</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>GETs and reads JSON; throws when the status is not 2xx.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>POSTs a JSON text as <c>application/json</c>.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The property's value as an int, whether written <c>95</c> or <c>95.0</c>.</summary>
    public static int Int(this JsonElement element, string name) => (int)element.GetProperty(name).GetDecimal();

    public static string? Str(this JsonElement element, string name) => element.GetProperty(name).GetString();
}
