using System.Diagnostics;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Hosting;

public sealed class ExportLinesTests
{
    [Fact]
    public async Task Lines_export_every_setting_and_the_seeded_Liongard_credentials()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { SeedLiongard = true });
        var settings = sandbox.Settings;

        var lines = settings.ToExportLines().ToArray();

        lines.ShouldBe(
        [
            $"export HALO_INSTANCE_URL='{settings.InstanceUrl}'",
            $"export HALO_RESOURCE_SERVER='{settings.ResourceServer}'",
            $"export HALO_AUTHORISATION_SERVER='{settings.AuthorisationServer}'",
            "export HALO_TENANT='sandbox'",
            $"export HALO_ADMIN_CLIENT_ID='{settings.AdminClientId}'",
            $"export HALO_ADMIN_CLIENT_SECRET='{settings.AdminClientSecret}'",
            $"export HALO_CLIENT_ID='{settings.LiongardClientId}'",
            $"export HALO_CLIENT_SECRET='{settings.LiongardClientSecret}'",
        ]);
    }

    [Fact]
    public void Without_Liongard_the_client_lines_are_left_out()
    {
        var settings = Sample("t");

        settings.ToExportLines().ShouldNotContain(l => l.Contains("HALO_CLIENT_"));
    }

    [Fact]
    public async Task A_shell_reads_back_awkward_values_unchanged()
    {
        const string awkward = "it's $HOME `id` \"x\" \\ ;|&";
        var script = string.Join('\n', Sample(awkward).ToExportLines()) + "\nprintf %s \"$HALO_TENANT\"";
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, RedirectStandardOutput = true };

        using var shell = Process.Start(start)!;
        await shell.StandardInput.WriteAsync(script);
        shell.StandardInput.Close();
        var output = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();

        output.ShouldBe(awkward);
    }

    private static SandboxSettings Sample(string tenant) => new()
    {
        InstanceUrl = "http://127.0.0.1:1",
        ResourceServer = "http://127.0.0.1:1/api",
        AuthorisationServer = "http://127.0.0.1:1/auth",
        Tenant = tenant,
        AdminClientId = "id",
        AdminClientSecret = "secret",
    };
}
