using System.Net;
using Guide.Sandbox.Data;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class TicketTests
{
    [Fact]
    public async Task A_paged_list_is_a_wrapper_counting_every_match()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync("read:tickets");

        var page = await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=1&page_no=1");

        page.Int("record_count").ShouldBe(6);
        page.GetProperty("tickets").GetArrayLength().ShouldBe(1);
        page.GetProperty("tickets")[0].Int("id").ShouldBe(6);
    }

    [Fact]
    public async Task Page_size_is_capped_at_100_and_pages_start_at_1()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        for (var i = 0; i < 150; i++)
            sandbox.Server.Store.Save(new SandboxTicket { Summary = $"Bulk {i}", TeamId = sandbox.TeamId("Projects") });
        var api = await sandbox.AdminAsync("read:tickets");

        var first = await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=500&page_no=1");
        var second = await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=500&page_no=2");

        first.Int("record_count").ShouldBe(156);
        first.Int("page_size").ShouldBe(100);
        first.GetProperty("tickets").GetArrayLength().ShouldBe(100);
        second.GetProperty("tickets").GetArrayLength().ShouldBe(56);
    }

    [Fact]
    public async Task Unpaged_the_wrapper_stays_and_count_caps_the_list()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync("read:tickets");

        var all = await api.GetJsonAsync("api/Tickets");
        var two = await api.GetJsonAsync("api/Tickets?count=2");

        all.GetProperty("tickets").GetArrayLength().ShouldBe(6);
        two.Int("record_count").ShouldBe(6);
        two.GetProperty("tickets").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task An_agent_sees_only_the_tickets_of_its_teams()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Projects only", "read:tickets", [sandbox.TeamId("Projects")]);

        var page = await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=10&page_no=1");

        page.Int("record_count").ShouldBe(1);
        page.GetProperty("tickets")[0].Str("team").ShouldBe("Projects");
    }

    [Fact]
    public async Task H06_an_agent_in_no_team_sees_zero_tickets_and_zero_clients()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Lonely", "read:tickets edit:tickets read:customers", []);

        var tickets = await api.GetJsonAsync("api/Tickets?pageinate=true&page_size=1&page_no=1");
        var clients = await api.GetJsonAsync("api/Client?pageinate=true&page_size=1&page_no=1");

        tickets.Int("record_count").ShouldBe(0);
        tickets.GetProperty("tickets").GetArrayLength().ShouldBe(0);
        clients.Int("record_count").ShouldBe(0);
        sandbox.Server.Store.Tickets.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Write_proof_create_close_then_edit_the_closed_ticket()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { SeedLiongard = true });
        var api = await sandbox.ClientAsync(sandbox.Settings.LiongardClientId!, sandbox.Settings.LiongardClientSecret!, "read:tickets edit:tickets");

        using var created = await api.PostJsonAsync("api/Tickets",
            """[{"summary":"Guide write proof","details":"test","tickettype_id":1,"client_id":1,"team":"Alerts"}]""");
        var ticket = await created.ReadJsonAsync();
        var id = ticket.Int("id");
        using var closed = await api.PostJsonAsync("api/Tickets", $$"""[{"id":{{id}},"status_id":9}]""");
        using var edited = await api.PostJsonAsync("api/Tickets", $$"""[{"id":{{id}},"details":"edited while closed"}]""");
        var read = await api.GetJsonAsync($"api/Tickets/{id}");

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        ticket.Str("team").ShouldBe("Alerts");
        ticket.Str("client_name").ShouldBe("Acme Ltd");
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.ReadJsonAsync()).GetProperty("hasbeenclosed").GetBoolean().ShouldBeTrue();
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Int("status_id").ShouldBe(9);
        read.Str("status_name").ShouldBe("Closed");
        read.Str("details").ShouldBe("edited while closed");
        read.GetProperty("dateclosed").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task A_new_ticket_goes_to_the_agents_first_team_and_open_only_hides_closed_ones()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Desk", "edit:tickets", [sandbox.TeamId("Projects")]);

        using var created = await api.PostJsonAsync("api/Tickets", """[{"summary":"Open"},{"summary":"Shut","status_id":9}]""");
        var open = await api.GetJsonAsync("api/Tickets?open_only=true");

        (await created.ReadJsonAsync()).EnumerateArray().ShouldAllBe(t => t.Str("team") == "Projects");
        open.GetProperty("tickets").EnumerateArray().Select(t => t.Str("summary")).ShouldBe(["Open", "Sample ticket 3"]);
    }

    [Theory]
    [InlineData("""[{"details":"no summary"}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[{"summary":"x","client_id":999}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[{"summary":"x","team":"Nobody"}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[{"summary":"x","team":"Projects"}]""", HttpStatusCode.Forbidden)]
    [InlineData("""[{"id":3,"summary":"not mine"}]""", HttpStatusCode.NotFound)]
    public async Task Bad_or_foreign_ticket_writes_are_refused(string body, HttpStatusCode expected)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Desk", "edit:tickets", [sandbox.TeamId("Service Desk")]);

        using var response = await api.PostJsonAsync("api/Tickets", body);

        response.StatusCode.ShouldBe(expected);
        sandbox.Server.Store.Tickets.Count.ShouldBe(6);
        sandbox.Server.Store.FindTicket(3)!.Summary.ShouldBe("Sample ticket 3");
    }

    [Fact]
    public async Task An_agent_in_no_team_cannot_create_a_ticket()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Lonely", "edit:tickets", []);

        using var response = await api.PostJsonAsync("api/Tickets", """[{"summary":"x"}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
