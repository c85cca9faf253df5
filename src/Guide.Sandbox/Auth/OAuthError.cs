using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Auth;

/// <summary>RFC 6749 §5.2 error answers of the token endpoint.</summary>
internal static class OAuthError
{
    public static IResult InvalidRequest(string description) => Make(400, "invalid_request", description);

    public static IResult UnsupportedGrantType(string description) => Make(400, "unsupported_grant_type", description);

    public static IResult InvalidScope(string description) => Make(400, "invalid_scope", description);

    /// <summary>Never says which of the id and the secret was wrong, and echoes neither.</summary>
    public static IResult InvalidClient() =>
        Make(401, "invalid_client", "The client application was not found or its secret is wrong.");

    private static IResult Make(int status, string error, string description) =>
        Results.Json(new OAuthErrorAnswer(error, description), AuthJsonContext.Default.OAuthErrorAnswer, statusCode: status);
}
