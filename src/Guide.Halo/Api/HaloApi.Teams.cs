namespace Guide.Halo.Api;

internal sealed partial class HaloApi
{
    /// <summary>The tenant's active teams, for the person to pick from.</summary>
    public async Task<HaloResult<IReadOnlyList<HaloTeam>>> ListTeamsAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Team", [], cancellationToken).ConfigureAwait(false);
        var teams = List(reply, "teams", Json.EntityReaders.Team, "GET /api/Team");
        return teams.Ok ? HaloResult<IReadOnlyList<HaloTeam>>.Of([.. teams.Value!.Where(t => !t.Inactive)]) : teams;
    }
}
