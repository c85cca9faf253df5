using System.Globalization;
using Guide.Sandbox.Recording;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Faults;

/// <summary>
/// Injects the armed faults into matching requests, before or after the endpoint runs. Token
/// expiry is not handled here: it needs a valid token first (see Auth.BearerFilter).
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultSwitch faults, TimeProvider time)
{
    /// <summary>The body Halo's rate limiter answers with (cases H07).</summary>
    public const string RateLimitBody = "Rate Limit Reached - 300 Requests per rolling 5 minute window";

    public async Task InvokeAsync(HttpContext context)
    {
        var rule = faults.TryFire(context.Request.Method, context.Request.Path.Value ?? "/", kind => kind != FaultKind.ExpiredToken);
        if (rule is null)
        {
            await next(context);
            return;
        }
        RequestRecorder.MarkFault(context, rule.Kind);
        switch (rule.Kind)
        {
            case FaultKind.RateLimit:
                context.Response.Headers.RetryAfter = ((int)rule.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Answer(context, StatusCodes.Status429TooManyRequests, RateLimitBody);
                break;
            case FaultKind.RateLimitNoRetryAfter:
                await Answer(context, StatusCodes.Status429TooManyRequests, RateLimitBody);
                break;
            case FaultKind.ServerError:
                await Answer(context, StatusCodes.Status500InternalServerError, "An error occurred (injected by the sandbox).");
                break;
            case FaultKind.Unavailable:
                await Answer(context, StatusCodes.Status503ServiceUnavailable, "Service Unavailable (injected by the sandbox).");
                break;
            case FaultKind.Reset:
                RequestRecorder.DropAnswer(context);
                break;
            case FaultKind.Slow:
                await Slow(context, rule.Delay);
                break;
            case FaultKind.MalformedJson:
                await Malformed(context);
                break;
            case FaultKind.LostCreate:
                await Lost(context);
                break;
            case FaultKind.DropsFields:
                DroppedFields.Arm(context);
                await next(context);
                break;
        }
    }

    private static Task Answer(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    /// <summary>Waits (on the simulator's clock) and then answers as usual, unless the client gave up first.</summary>
    private async Task Slow(HttpContext context, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, time, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await next(context);
    }

    /// <summary>Carries the request out, then sends only the first half of its answer.</summary>
    private async Task Malformed(HttpContext context)
    {
        var answer = await RunBuffered(context);
        var cut = answer.Length > 1 ? answer[..(answer.Length / 2)] : "{"u8.ToArray();
        context.Response.ContentLength = null;
        await context.Response.Body.WriteAsync(cut, context.RequestAborted);
    }

    /// <summary>
    /// Carries the request out (the entity is stored), then drops the connection unanswered. The
    /// answer still goes to the (buffering) recorder, so a test can see what was lost.
    /// </summary>
    private async Task Lost(HttpContext context)
    {
        var answer = await RunBuffered(context);
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        RequestRecorder.DropAnswer(context);
    }

    private async Task<byte[]> RunBuffered(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        return buffer.ToArray();
    }
}
