namespace Guide.Core.Values;

/// <summary>Facts about HaloPSA host names that decide how values are checked.</summary>
public static class HaloHost
{
    /// <summary>Hosted HaloPSA lives under halopsa.com; those instances need a tenant.</summary>
    public static bool IsHosted(string host) =>
        host.Equals("halopsa.com", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".halopsa.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loopback hosts, the only ones allowed over plain http.</summary>
    public static bool IsLoopback(string host)
    {
        var bare = host.Trim('[', ']');
        if (bare.Equals("localhost", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return System.Net.IPAddress.TryParse(bare, out var address) && System.Net.IPAddress.IsLoopback(address);
    }
}
