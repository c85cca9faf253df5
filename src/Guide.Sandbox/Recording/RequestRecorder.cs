using System.Text;
using Guide.Sandbox.Faults;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Recording;

/// <summary>
/// The outermost middleware: keeps a copy of each request and of the answer the simulator
/// produced (answers are buffered, which is also what lets a fault drop or cut one).
/// </summary>
internal sealed class RequestRecorder(RequestDelegate next, RequestLog log)
{
    private static readonly object FaultKey = new();
    private static readonly object DropKey = new();

    /// <summary>Notes on the request which fault was injected into it.</summary>
    public static void MarkFault(HttpContext context, FaultKind kind) => context.Items[FaultKey] = kind;

    /// <summary>
    /// Asks for the connection to be aborted instead of answered, once the request is recorded:
    /// aborting first would let the client see the reset before the record exists.
    /// </summary>
    public static void DropAnswer(HttpContext context) => context.Items[DropKey] = true;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        request.EnableBuffering();
        var body = await ReadText(request.Body, context.RequestAborted);
        request.Body.Position = 0;

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            // Nothing was sent yet (answers are buffered): Kestrel will answer 500, so record that.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            context.Response.Body = original;
            log.Add(Record(context, body, buffer));
        }
        if (context.Items.ContainsKey(DropKey))
        {
            context.Abort();
        }
        else if (!context.RequestAborted.IsCancellationRequested)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static RecordedRequest Record(HttpContext context, string? body, MemoryStream answer)
    {
        var request = context.Request;
        var query = request.Query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))).ToArray();
        var text = answer.Length == 0 ? null : Encoding.UTF8.GetString(answer.GetBuffer(), 0, (int)answer.Length);
        var fault = context.Items.TryGetValue(FaultKey, out var kind) && kind is FaultKind k ? FaultNames.NameOf(k) : null;
        return new RecordedRequest(
            request.Method,
            request.PathBase + request.Path,
            query,
            SecretMask.Apply(body),
            context.Response.StatusCode,
            context.Response.ContentType,
            SecretMask.Apply(text),
            fault);
    }

    private static async Task<string?> ReadText(Stream body, CancellationToken cancel)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancel);
        return text.Length == 0 ? null : text;
    }
}
