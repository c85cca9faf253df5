using Guide.Sandbox.Faults;

namespace Guide.Sandbox.Tests.Faults;

public sealed class FaultRuleTests
{
    [Fact]
    public void A_bare_name_fires_once_on_any_request()
    {
        var rule = FaultRule.Parse("server-error");

        rule.ShouldBe(new FaultRule { Kind = FaultKind.ServerError, Method = null, PathPrefix = "/", Count = 1 });
    }

    [Fact]
    public void Every_part_can_be_given()
    {
        var rule = FaultRule.Parse("rate-limit=30:get:/api/Tickets:2");

        rule.Kind.ShouldBe(FaultKind.RateLimit);
        rule.Seconds.ShouldBe(TimeSpan.FromSeconds(30));
        rule.Method.ShouldBe("GET");
        rule.PathPrefix.ShouldBe("/api/Tickets");
        rule.Count.ShouldBe(2);
    }

    [Fact]
    public void A_star_fires_every_time_and_lost_create_defaults_to_api_posts()
    {
        FaultRule.Parse("unavailable:*").Count.ShouldBeNull();
        var lost = FaultRule.Parse("lost-create");
        lost.Method.ShouldBe("POST");
        lost.PathPrefix.ShouldBe("/api/");
        FaultRule.Parse("expired-token").PathPrefix.ShouldBe("/api/");
    }

    [Theory]
    [InlineData("rate-limit=30:GET:/api/Tickets:2")]
    [InlineData("slow=45:/:*")]
    [InlineData("lost-create:POST:/api/Agent:1")]
    public void Text_round_trips(string text)
    {
        var rule = FaultRule.Parse(text);

        FaultRule.Parse(rule.ToString()).ShouldBe(rule);
    }

    [Theory]
    [InlineData("explode", "unknown fault")]
    [InlineData("reset=5", "takes no =SECONDS")]
    [InlineData("slow=soon", "not a number")]
    [InlineData("reset:sometimes", "neither a method")]
    [InlineData("reset:0", "neither a method")]
    public void Mistakes_are_explained(string text, string reason)
    {
        FaultRule.TryParse(text, out var rule, out var error).ShouldBeFalse();

        rule.ShouldBeNull();
        error.ShouldContain(reason);
        Should.Throw<FormatException>(() => FaultRule.Parse(text)).Message.ShouldContain(reason);
    }

    [Fact]
    public void Names_and_the_description_cover_every_kind()
    {
        FaultSwitch.Names.ShouldBe(
        [
            "rate-limit", "rate-limit-no-retry-after", "server-error", "unavailable", "slow",
            "reset", "malformed-json", "expired-token", "lost-create", "drops-fields",
        ]);
        FaultSwitch.Names.Count.ShouldBe(Enum.GetValues<FaultKind>().Length);
        var text = FaultSwitch.Describe();
        text.ShouldContain("NAME[=SECONDS][:METHOD][:PATH][:COUNT]");
        FaultSwitch.Names.ShouldAllBe(name => text.Contains(name));
        FaultSwitch.Names.ShouldAllBe(name => FaultRule.Parse(name).ToString().StartsWith(name));
    }
}
