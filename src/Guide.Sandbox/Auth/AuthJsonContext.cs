using System.Text.Json.Serialization;

namespace Guide.Sandbox.Auth;

/// <summary>RFC 6749 §5.1: a successful token answer.</summary>
internal sealed record TokenAnswer(string AccessToken, string TokenType, int ExpiresIn, string Scope);

/// <summary>RFC 6749 §5.2: an error answer.</summary>
internal sealed record OAuthErrorAnswer(string Error, string ErrorDescription);

/// <summary>
/// The token endpoint's answers, serialised by code generated at build time (RFC 6749's
/// snake_case names), so they need no reflection and work in a NativeAOT build.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TokenAnswer))]
[JsonSerializable(typeof(OAuthErrorAnswer))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
