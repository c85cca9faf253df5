using System.Text.Json;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

/// <summary>H09: bare arrays beside wrappers, and ids that arrive as <c>95.0</c>.</summary>
public sealed class QuirkTests
{
    [Fact]
    public async Task H09_agents_are_a_bare_array_and_tickets_a_wrapper()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        (await api.GetJsonAsync("api/Agent")).ValueKind.ShouldBe(JsonValueKind.Array);
        (await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=1&page_no=1")).ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task H09_ids_are_plain_integers_by_default()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        var text = await api.GetStringAsync("api/Agent/me");

        text.ShouldContain("\"id\":1,");
    }

    [Fact]
    public async Task H09_with_the_quirk_on_integer_ids_are_written_as_decimals()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { DecimalIds = true });
        var api = await sandbox.AdminAsync();

        var me = await api.GetStringAsync("api/Agent/me?");
        var tickets = await api.GetStringAsync("api/Tickets?count=1");

        me.ShouldContain("\"id\":1.0,");
        me.ShouldContain("\"team_id\":1.0");
        tickets.ShouldContain("\"client_id\":");
        tickets.ShouldContain(".0,");
    }

    [Fact]
    public async Task H09_ids_sent_as_decimals_are_understood()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var sam = sandbox.Server.Store.Agents.Single(a => a.Name == "Sam Tech");

        var read = await api.GetJsonAsync($"api/Agent/{sam.Id}.0");
        using var updated = await api.PostJsonAsync("api/Agent", $$"""[{"id":{{sam.Id}}.0,"email":"sam@example.invalid"}]""");

        read.Str("name").ShouldBe("Sam Tech");
        (await updated.ReadJsonAsync()).Str("email").ShouldBe("sam@example.invalid");
    }
}
