using Guide.Core.Proof;
using Guide.Halo.Api;
using Guide.Halo.Http;

namespace Guide.Halo.Automations;

/// <summary>
/// Connections shared by the automations of one run, one per instance and credentials, so a
/// token is asked for once rather than by every automation. Counts every request they make.
/// </summary>
internal sealed class HaloSessions(HaloOptions options) : IDisposable
{
    private readonly Dictionary<(HaloTarget, string, string), HaloConnection> _connections = [];
    private int _retired;

    public ProgressRelay Progress { get; } = new();

    public HaloOptions Options => options;

    public int Requests
    {
        get
        {
            lock (_connections)
                return _retired + _connections.Values.Sum(c => c.Requests);
        }
    }

    public HaloApi Api(HaloTarget target, ClientCredentials credentials, IReadOnlyList<string> scopes)
    {
        lock (_connections)
        {
            var key = (target, credentials.ClientId, string.Join(' ', scopes));
            if (!_connections.TryGetValue(key, out var connection))
                _connections[key] = connection = new HaloConnection(target, credentials, scopes, options, Progress);
            return new HaloApi(connection);
        }
    }

    /// <summary>A connection for calls that need no token (authinfo): its own, not kept.</summary>
    public HaloApi Anonymous(HaloTarget target)
    {
        var connection = new HaloConnection(target, new ClientCredentials("", ""), ["all"], options, Progress);
        lock (_connections)
        {
            var key = (target, "", Guid.NewGuid().ToString());
            _connections[key] = connection;
        }
        return new HaloApi(connection);
    }

    public void Dispose()
    {
        lock (_connections)
        {
            foreach (var connection in _connections.Values)
            {
                _retired += connection.Requests;
                connection.Dispose();
            }
            _connections.Clear();
        }
    }
}
