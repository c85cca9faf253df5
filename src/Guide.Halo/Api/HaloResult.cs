using Guide.Core.Automation;

namespace Guide.Halo.Api;

/// <summary>A value from HaloPSA, or the problem that stopped it.</summary>
public sealed record HaloResult<T>(T? Value, Problem? Problem)
{
    public bool Ok => Problem is null;

    public static HaloResult<T> Of(T value) => new(value, null);

    public static HaloResult<T> Failed(Problem problem) => new(default, problem);
}
