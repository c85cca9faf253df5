using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api;

/// <summary>
/// A request the simulator refuses, with the status and a plain-text reason: Halo's error bodies
/// vary (halopsa-api.md §3), and plain text is one of the shapes it uses.
/// </summary>
internal sealed class ApiProblem(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ApiProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ApiProblem NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} not found.");

    public static ApiProblem Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);

    public IResult ToResult() => Results.Text(Message, statusCode: Status);
}
