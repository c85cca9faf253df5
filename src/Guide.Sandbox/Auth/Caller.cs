using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Auth;

/// <summary>Who is calling an API endpoint: the token, its application and the agent it logs in as.</summary>
internal sealed record Caller(IssuedToken Token, SandboxApplication Application, SandboxAgent Agent)
{
    private static readonly object Key = new();

    public static Caller Of(HttpContext context) =>
        context.Items[Key] as Caller ?? throw new InvalidOperationException("The endpoint has no access rule.");

    public void AttachTo(HttpContext context) => context.Items[Key] = this;
}
