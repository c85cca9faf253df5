using Guide.Core.Automation;

namespace Guide.Halo.Api;

/// <summary>
/// Creates that are never sent twice. When a create's answer is lost (no answer, a cut-off one,
/// a 5xx) it may still have been carried out, so Guide looks for what it made before anything
/// else; only a clear refusal (4xx) is taken as "nothing made".
/// </summary>
internal sealed partial class HaloApi
{
    public async Task<HaloResult<HaloAgent>> CreateAgentOnceAsync(string name, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var created = await CreateAgentAsync(name, teamIds, cancellationToken).ConfigureAwait(false);
        if (created.Ok || IsRefusal(created.Problem!))
            return created;
        var found = await FindAgentsAsync(name, cancellationToken).ConfigureAwait(false);
        return found is { Ok: true, Value.Count: 1 }
            ? HaloResult<HaloAgent>.Of(found.Value[0])
            : HaloResult<HaloAgent>.Failed(Uncertain(created.Problem!, "agent", name));
    }

    /// <summary>On a lost answer the application is found again, but without its secret [I].</summary>
    public async Task<HaloResult<HaloApplication>> CreateApplicationOnceAsync(string name, int agentId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var created = await CreateApplicationAsync(name, agentId, scopes, cancellationToken).ConfigureAwait(false);
        if (created.Ok || IsRefusal(created.Problem!))
            return created;
        var found = await FindApplicationsAsync(name, cancellationToken).ConfigureAwait(false);
        return found is { Ok: true, Value.Count: 1 }
            ? HaloResult<HaloApplication>.Of(found.Value[0])
            : HaloResult<HaloApplication>.Failed(Uncertain(created.Problem!, "application", name));
    }

    private static bool IsRefusal(Problem problem) => problem.Status is >= 400 and < 500 and not 429;

    private static Problem Uncertain(Problem lost, string what, string name) => lost with
    {
        Cause = lost.Cause + $" It is not known whether the {what} was created.",
        Fix = $"Look in HaloPSA for an {what} named \"{name}\" before trying again; Guide will find it on the next run and not make a second one.",
    };
}
