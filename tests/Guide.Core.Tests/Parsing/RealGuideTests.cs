using Guide.Core.Automation;
using Guide.Core.Parsing;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Parsing;

public sealed class RealGuideTests
{
    private static readonly GuideParseResult Result =
        GuideParser.Parse(Repo.ReadContent("liongard-halopsa.md"), "content/liongard-halopsa.md");

    [Fact]
    public void Parses_without_errors_or_warnings()
    {
        Result.Diagnostics.ShouldBeEmpty(string.Join("\n", Result.Diagnostics));
        Result.Guide.ShouldNotBeNull();
    }

    [Fact]
    public void Matches_its_golden_file() => Golden.Match(GuideDump.Of(Result.Guide!), "liongard-halopsa.guide.txt");

    [Theory]
    [InlineData("agent.login", "Log in to HaloPSA")]
    [InlineData("agent.open-agents", "Configuration > Teams & Agents > Agents")]
    [InlineData("agent.new", "New")]
    [InlineData("agent.details", "required fields")]
    [InlineData("agent.open-permissions", "Permissions")]
    [InlineData("agent.perm.tickets", "Read and Modify")]
    [InlineData("agent.perm.customers", "Read Only")]
    [InlineData("agent.perm.add-tickets", "Can add new tickets")]
    [InlineData("agent.perm.edit-closed", "Can edit closed tickets")]
    [InlineData("agent.perm.advanced", "Can edit advanced ticket details")]
    [InlineData("agent.perm.actions", "Can edit own actions only")]
    [InlineData("agent.teams.add", "Departments & Teams")]
    [InlineData("agent.teams.pick", "teams Liongard may send tickets to")]
    [InlineData("agent.teams.check", "teams are listed")]
    [InlineData("app.open-api", "Configuration > Integrations > HaloPSA API")]
    [InlineData("app.servers", "Resource Server")]
    [InlineData("app.view", "View Applications")]
    [InlineData("app.new", "New")]
    [InlineData("app.name", "Liongard")]
    [InlineData("app.auth-method", "Client ID and Secret (Services)")]
    [InlineData("app.login-type", "Agent")]
    [InlineData("app.login-agent", "Agent to log in as")]
    [InlineData("app.credentials", "Client Secret")]
    [InlineData("app.permissions", "Permissions")]
    [InlineData("app.scope.read-tickets", "read:tickets")]
    [InlineData("app.scope.edit-tickets", "edit:tickets")]
    [InlineData("app.scope.read-customers", "read:customers")]
    [InlineData("app.save", "Save")]
    [InlineData("handoff.report", "Liongard side")]
    public void Has_every_action_of_the_procedure(string id, string words)
    {
        var item = Result.Guide!.FindItem(id);
        item.ShouldNotBeNull($"item {id} is missing");
        item.Text.ShouldContain(words);
    }

    [Fact]
    public void Records_every_value_where_the_procedure_shows_it()
    {
        var guide = Result.Guide!;
        guide.FindItem("agent.login")!.Bindings.Records.ShouldBe(["instance_url"]);
        guide.FindItem("app.servers")!.Bindings.Records.ShouldBe(["resource_server", "authorisation_server", "tenant"]);
        guide.FindItem("app.credentials")!.Bindings.Records.ShouldBe(["client_id", "client_secret"]);
        guide.FindItem("agent.teams.pick")!.Bindings.Records.ShouldBe(["teams"]);
        guide.Values.Select(v => v.Key).ShouldBe(
            ["instance_url", "resource_server", "authorisation_server", "tenant", "agent_name", "teams", "application_name", "client_id", "client_secret"]);
    }

    [Fact]
    public void Every_permission_item_names_its_proof_or_says_none_can()
    {
        var permissions = Result.Guide!.Items.Where(i => i.Id.StartsWith("agent.perm.", StringComparison.Ordinal)).ToList();
        permissions.Count.ShouldBe(6);
        permissions.ShouldAllBe(i => i.Bindings.NoCheckPossible || i.Bindings.CheckedBy.Length > 0);
        permissions.ShouldAllBe(i => i.Depth == 1 && i.ParentId == "agent.open-permissions");
        permissions.ShouldAllBe(i => i.Bindings.Automation == "halo.agent" && i.Bindings.Permission != null);
    }

    [Fact]
    public void Binds_every_automation_of_the_catalogue()
    {
        var bound = Result.Guide!.Items.Select(i => i.Bindings.Automation).OfType<string>().ToHashSet();
        bound.ShouldBe(AutomationNames.All, ignoreOrder: true);
    }

    [Fact]
    public void Every_item_but_the_handoff_is_bound_to_an_automation()
    {
        Result.Guide!.Items.Where(i => i.Bindings.Automation is null).Select(i => i.Id).ShouldBe(["handoff.report"]);
    }

    [Fact]
    public void Warns_that_the_secret_cannot_be_seen_again()
    {
        Result.Guide!.FindItem("app.credentials")!.Help.ShouldContain("cannot be seen again");
    }
}
