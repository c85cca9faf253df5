using System.Net;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Data;

public sealed class DataFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("guide-sandbox-");

    private string DataPath => Path.Combine(folder.FullName, "state", "sandbox.json");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task A_restarted_simulator_still_has_what_a_run_made_and_the_same_credentials()
    {
        var options = new SandboxOptions { DataFile = DataPath, SeedLiongard = true };
        SandboxSettings before;
        string clientId, secret;
        await using (var first = await TestSandbox.StartAsync(options))
        {
            before = first.Settings;
            var api = await first.AdminAsync();
            using var agent = await api.PostJsonAsync("api/Agent", """[{"name":"Made by a run","isapiagent":true}]""");
            var agentId = (await agent.ReadJsonAsync()).Int("id");
            using var app = await api.PostJsonAsync("api/Application", $$"""[{"displayName":"Made by a run","loginas_agent_id":{{agentId}},"scopes":[{"name":"read:tickets"}]}]""");
            var created = await app.ReadJsonAsync();
            (clientId, secret) = (created.Str("clientId")!, created.Str("clientSecret")!);
        }

        await using var second = await TestSandbox.StartAsync(options);
        var madeByRun = await second.ClientAsync(clientId, secret, "read:tickets");
        var me = await madeByRun.GetJsonAsync("api/Agent/me");

        me.Str("name").ShouldBe("Made by a run");
        second.Settings.AdminClientId.ShouldBe(before.AdminClientId);
        second.Settings.AdminClientSecret.ShouldBe(before.AdminClientSecret);
        second.Settings.LiongardClientId.ShouldBe(before.LiongardClientId);
        second.Settings.LiongardClientSecret.ShouldBe(before.LiongardClientSecret);
        second.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
    }

    [Fact]
    public async Task The_file_is_owner_only_and_no_temporary_file_is_left()
    {
        await using (var sandbox = await TestSandbox.StartAsync(new SandboxOptions { DataFile = DataPath }))
        {
            var api = await sandbox.AdminAsync();
            (await api.PostJsonAsync("api/Client", """[{"name":"Saved"}]""")).StatusCode.ShouldBe(HttpStatusCode.OK);
            File.ReadAllText(DataPath).ShouldContain("Saved");
        }

        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(DataPath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(Path.GetDirectoryName(DataPath)!).ShouldBe([DataPath]);
    }

    [Fact]
    public async Task Secrets_of_created_applications_are_kept_only_as_hashes()
    {
        string secret;
        await using (var sandbox = await TestSandbox.StartAsync(new SandboxOptions { DataFile = DataPath }))
        {
            var api = await sandbox.AdminAsync();
            using var app = await api.PostJsonAsync("api/Application", """[{"displayName":"Hashed"}]""");
            secret = (await app.ReadJsonAsync()).Str("clientSecret")!;
        }

        File.ReadAllText(DataPath).ShouldNotContain(secret);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"schemaVersion": 99}""")]
    [InlineData("null")]
    public async Task A_corrupt_or_newer_file_is_refused_and_left_untouched(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DataPath)!);
        await File.WriteAllTextAsync(DataPath, content);

        var error = await Should.ThrowAsync<InvalidDataException>(() => SandboxServer.StartAsync(new SandboxOptions { DataFile = DataPath }));

        error.Message.ShouldContain(DataPath);
        (await File.ReadAllTextAsync(DataPath)).ShouldBe(content);
    }

    [Fact]
    public async Task Without_a_data_file_each_simulator_starts_afresh()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        sandbox.Server.Store.Tickets.Count.ShouldBe(6);
        folder.GetFiles("*", SearchOption.AllDirectories).ShouldBeEmpty();
    }
}
