using Guide.Sandbox.Data;
using Guide.Sandbox.Faults;
using Guide.Sandbox.Recording;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Auth;

/// <summary>
/// Checks the Bearer token of every <c>/api</c> endpoint that carries an <see cref="AccessRule"/>:
/// 401 without a live token, 401 when its scopes miss the rule (halopsa-api.md and H04 expect a
/// 401 that survives a renewal) [I], 403 when the login-as agent lacks the rights [I].
/// </summary>
internal sealed class BearerFilter(TokenIssuer issuer, SandboxStore store, FaultSwitch faults) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<AccessRule>();
        if (rule is null)
            return await next(invocation);

        var value = BearerValue(context.Request);
        var token = value is null ? null : issuer.Find(value);
        if (token is null)
            return Unauthorized(context, value is null ? "" : "error=\"invalid_token\"", "A valid Bearer token is required.");
        if (faults.TryFire(context.Request.Method, context.Request.Path.Value ?? "/", k => k == FaultKind.ExpiredToken) is not null)
        {
            RequestRecorder.MarkFault(context, FaultKind.ExpiredToken);
            issuer.Revoke(token.Value);
            return Unauthorized(context, "error=\"invalid_token\"", "The access token has expired.");
        }

        var application = store.FindApplication(token.ApplicationId);
        var agent = application?.LoginAsAgentId is int id ? store.FindAgent(id) : null;
        if (application is null || application.Inactive || agent is null || agent.IsDisabled)
            return Unauthorized(context, "error=\"invalid_token\"", "The token's application or its login-as agent is gone or disabled.");
        if (!rule.Allows(token))
            return Unauthorized(context, $"error=\"insufficient_scope\", scope=\"{string.Join(' ', rule.AnyOf)}\"", $"This call needs the scope {rule.Describe}.");
        if (rule.AdminAgent && !agent.IsAdmin)
            return Results.Text($"The agent '{agent.Name}' may not use this endpoint.", statusCode: StatusCodes.Status403Forbidden);

        new Caller(token, application, agent).AttachTo(context);
        return await next(invocation);
    }

    private static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    private static IResult Unauthorized(HttpContext context, string parameters, string message)
    {
        context.Response.Headers.WWWAuthenticate = parameters.Length == 0 ? "Bearer" : "Bearer " + parameters;
        return Results.Text(message, statusCode: StatusCodes.Status401Unauthorized);
    }
}
