using System.Text.Json.Nodes;
using Guide.Core.Automation;
using Guide.Halo.Json;

namespace Guide.Halo.Http;

/// <summary>Turns an unsuccessful exchange into the problem that explains it.</summary>
internal static class ReplyMapper
{
    public static Problem Failure(string name, HaloExchange exchange, RetryState state, string? secret) => exchange switch
    {
        { Garbled: true } => Problems.Unreadable(name, exchange.Status, exchange.Body.Length),
        { Answered: false } => Problems.NoAnswer(name, SafeText.From(exchange.Failure, secret), state.Attempts, exchange.TimedOut),
        { Status: 429 } => Problems.RateLimited(name, state.RateLimitWaited),
        { Status: >= 500 } => Problems.ServerError(name, exchange.Status, state.Attempts),
        { Status: >= 300 and < 400 } => Problems.Redirected(name, exchange.Status),
        { Status: 403 } => Problems.Forbidden(name),
        { Status: 404 } => Problems.NotFound(name),
        _ => Problems.Refused(name, exchange.Status, SafeText.From(Detail(exchange.Body), secret)),
    };

    /// <summary>Halo's error bodies vary: {"error"}, {"errorMessage"}, {"Message"}, or plain text.</summary>
    private static string? Detail(string body)
    {
        if (JsonRead.Parse(body) is JsonObject json)
        {
            foreach (var key in new[] { "error_description", "errorMessage", "Message", "error" })
            {
                if (JsonRead.String(JsonRead.Find(json, key)) is { Length: > 0 } text)
                    return text;
            }
            return null;
        }
        return body.TrimStart().StartsWith('<') ? null : body;
    }
}
