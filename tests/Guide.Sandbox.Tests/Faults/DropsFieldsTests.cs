using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Faults;

public sealed class DropsFieldsTests
{
    [Fact]
    public async Task Agent_claims_are_kept_normally_and_dropped_under_the_fault()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var admin = await sandbox.AdminAsync();
        var claim = new JsonObject { ["type"] = "tickets_access", ["value"] = "read_modify" };

        var kept = await admin.PostAsJsonAsync("api/Agent", new JsonArray(new JsonObject { ["name"] = "Keeps", ["claims"] = new JsonArray(claim.DeepClone()) }));
        var keptJson = JsonNode.Parse(await kept.Content.ReadAsStringAsync())!;
        keptJson["claims"]!.AsArray().Select(c => c!["type"]!.GetValue<string>()).ShouldBe(["tickets_access"]);

        sandbox.Server.Faults.Add(FaultRule.Parse("drops-fields:POST:/api/Agent:1"));
        var dropped = await admin.PostAsJsonAsync("api/Agent", new JsonArray(new JsonObject { ["name"] = "Forgets", ["claims"] = new JsonArray(claim.DeepClone()) }));
        dropped.IsSuccessStatusCode.ShouldBeTrue();
        JsonNode.Parse(await dropped.Content.ReadAsStringAsync())!["claims"]!.AsArray().ShouldBeEmpty();
    }
}
