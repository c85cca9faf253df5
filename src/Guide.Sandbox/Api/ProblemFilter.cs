using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api;

/// <summary>Turns an <see cref="ApiProblem"/> or an unreadable JSON body into its answer.</summary>
internal sealed class ProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation);
        }
        catch (ApiProblem problem)
        {
            return problem.ToResult();
        }
        catch (JsonException)
        {
            return ApiProblem.BadRequest("The request body is not valid JSON.").ToResult();
        }
    }
}
