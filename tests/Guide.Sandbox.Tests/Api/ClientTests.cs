using System.Net;
using Guide.Sandbox.Data;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class ClientTests
{
    [Fact]
    public async Task Clients_come_in_a_wrapper_paged_or_not()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync("read:customers");

        var page = await api.GetJsonAsync("api/Client?pageinate=true&page_size=1&page_no=1");
        var all = await api.GetJsonAsync("api/Client");

        page.Int("record_count").ShouldBe(3);
        page.GetProperty("clients").GetArrayLength().ShouldBe(1);
        all.GetProperty("clients").EnumerateArray().Select(c => c.Str("name")).ShouldBe(["Acme Ltd", "Globex Corporation", "Initech"]);
    }

    [Fact]
    public async Task Search_finds_by_name_and_inactive_ones_need_asking_for()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Server.Store.Save(new SandboxClient { Name = "Old Corp", Inactive = true });
        var api = await sandbox.AdminAsync("read:customers");

        var found = await api.GetJsonAsync("api/Client?search=glob");
        var active = await api.GetJsonAsync("api/Client");
        var everyone = await api.GetJsonAsync("api/Client?includeinactive=true");

        found.GetProperty("clients").EnumerateArray().Select(c => c.Str("name")).ShouldBe(["Globex Corporation"]);
        active.Int("record_count").ShouldBe(3);
        everyone.Int("record_count").ShouldBe(4);
    }

    [Fact]
    public async Task A_post_needs_edit_customers_and_creates_a_client()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var reader = await sandbox.AdminAsync("read:customers");
        var editor = await sandbox.AdminAsync("edit:customers");

        using var refused = await reader.PostJsonAsync("api/Client", """[{"name":"Refused"}]""");
        using var created = await editor.PostJsonAsync("api/Client", """[{"name":"Hooli"}]""");
        var client = await created.ReadJsonAsync();
        var read = await editor.GetJsonAsync($"api/Client/{client.Int("id")}");

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Str("name").ShouldBe("Hooli");
        (await editor.PostJsonAsync("api/Client", """[{"inactive":true}]""")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
