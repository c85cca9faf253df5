using Guide.Core.Guides;
using Guide.Core.Tests.Support;
using Guide.Core.Values;

namespace Guide.Core.Tests.Values;

public sealed class ValueValidatorTests
{
    [Theory]
    // Case H08: every way people type the Resource Server ends as one API base.
    [InlineData("example.halopsa.com", "https://example.halopsa.com/api")]
    [InlineData("https://example.halopsa.com/", "https://example.halopsa.com/api")]
    [InlineData("https://example.halopsa.com/api/", "https://example.halopsa.com/api")]
    [InlineData("https://example.halopsa.com/api", "https://example.halopsa.com/api")]
    [InlineData("  HTTPS://Example.HaloPSA.com/API  ", "https://example.halopsa.com/api")]
    [InlineData("https://example.halopsa.com:443/api//", "https://example.halopsa.com/api")]
    [InlineData("https://halo.example.local:8443/halo/api", "https://halo.example.local:8443/halo/api")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/api")]
    [InlineData("http://localhost:5000/api", "http://localhost:5000/api")]
    [InlineData("http://[::1]:5000/", "http://[::1]:5000/api")]
    public void Resource_server_is_normalised(string typed, string expected)
    {
        var check = ValueValidator.Check(Defs.Url(shape: UrlShape.Api), typed, null);
        check.Errors.ShouldBeEmpty();
        check.Normalised.ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://example.halopsa.com/auth/", "https://example.halopsa.com/auth")]
    [InlineData("example.halopsa.com", "https://example.halopsa.com")]
    public void Authorisation_server_keeps_its_path_without_trailing_slash(string typed, string expected) =>
        ValueValidator.Check(Defs.Url(), typed, null).Normalised.ShouldBe(expected);

    [Fact]
    public void Web_address_keeps_only_the_origin_and_says_so()
    {
        var check = ValueValidator.Check(Defs.Url(shape: UrlShape.Origin), "https://Example.halopsa.com/agent/tickets", null);
        check.Normalised.ShouldBe("https://example.halopsa.com");
        check.Warnings.ShouldHaveSingleItem().ShouldContain("path /agent/tickets was dropped");
    }

    [Fact]
    public void A_resource_server_path_without_api_gets_it_with_a_warning()
    {
        var check = ValueValidator.Check(Defs.Url(shape: UrlShape.Api), "https://halo.example.local/halo", null);
        check.Normalised.ShouldBe("https://halo.example.local/halo/api");
        check.Warnings.ShouldHaveSingleItem().ShouldContain("/api was added");
    }

    [Theory]
    [InlineData("http://example.halopsa.com", "must use https://")]
    [InlineData("http://10.0.0.5/api", "must use https://")]
    [InlineData("ftp://example.halopsa.com", "must start with https://")]
    [InlineData("https://user:pw@example.halopsa.com", "user name or password")]
    [InlineData("https://example.halopsa.com/api?x=1", "'?' or '#'")]
    [InlineData("not a url", "is not a web address")]
    [InlineData("https://", "is not a web address")]
    public void Bad_addresses_are_refused(string typed, string words)
    {
        var check = ValueValidator.Check(Defs.Url(), typed, null);
        check.Normalised.ShouldBeNull();
        check.Errors.ShouldHaveSingleItem().ShouldContain(words);
    }

    [Theory]
    [InlineData("abc\u001b[31mred", "escape character")]
    [InlineData("ab\u200bc", "zero-width space")]
    [InlineData("ab\u202Ec", "text-direction mark")]
    [InlineData("a\u200Fb", "text-direction mark")]
    [InlineData("a\u0007b", "control character")]
    [InlineData("a\nb", "control character")]
    [InlineData("a\u2028b", "invisible character")]
    [InlineData("\uFEFFabc\uFEFFx", "byte-order mark")]
    public void Control_and_invisible_characters_are_refused_without_echoing_the_value(string typed, string words)
    {
        foreach (var kind in Enum.GetValues<ValueKind>())
        {
            var check = ValueValidator.Check(Defs.Of(kind), typed, null);
            check.Normalised.ShouldBeNull();
            var error = check.Errors.ShouldHaveSingleItem();
            error.ShouldContain(words);
            error.ShouldNotContain("abc");
            error.ShouldNotContain("\u001b");
        }
    }

    [Fact]
    public void Ten_thousand_characters_are_refused()
    {
        var check = ValueValidator.Check(Defs.Of(ValueKind.Secret), new string('s', 10_000), null);
        check.Errors.ShouldHaveSingleItem().ShouldContain("too long (10000 characters");
        check.Errors[0].ShouldNotContain("ssss");
    }

    [Theory]
    [InlineData("  5B1E4A6C-1F2D-4B7A-9C3E-0D1F2A3B4C5D ", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d", false)]
    [InlineData("{5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d}", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d", false)]
    [InlineData("liongard-client", "liongard-client", true)]
    public void Client_id_not_a_guid_is_a_warning_not_a_block(string typed, string expected, bool warns)
    {
        var check = ValueValidator.Check(Defs.Of(ValueKind.Guid), typed, null);
        check.IsUsable.ShouldBeTrue();
        check.Normalised.ShouldBe(expected);
        check.Warnings.IsEmpty.ShouldBe(!warns);
    }

    [Fact]
    public void Whitespace_is_trimmed_and_a_blank_required_value_is_missing()
    {
        ValueValidator.Check(Defs.Of(ValueKind.Text), "  Liongard \t", null).Normalised.ShouldBe("Liongard");
        var blank = ValueValidator.Check(Defs.Of(ValueKind.Text), "   ", null);
        (blank.IsMissing, blank.IsUsable, blank.Normalised).ShouldBe((true, false, null));
        ValueValidator.Check(Defs.Of(ValueKind.Text, Requirement.Optional), "", null).IsUsable.ShouldBeTrue();
    }

    [Fact]
    public void Lists_are_split_trimmed_and_deduplicated()
    {
        ValueValidator.Check(Defs.Of(ValueKind.List), " Service Desk, ,Alerts , service desk", null)
            .Normalised.ShouldBe("Service Desk, Alerts");
    }

    [Fact]
    public void A_secret_with_a_space_warns_without_showing_it()
    {
        var check = ValueValidator.Check(Defs.Of(ValueKind.Secret), "abc def", null);
        check.Warnings.ShouldHaveSingleItem().ShouldNotContain("abc");
    }

    [Theory]
    // Case H02: self-hosted, tenant blank, is valid. Case H03: hosted, tenant blank, is missing.
    [InlineData("https://halo.example.local", "", false)]
    [InlineData("https://example.halopsa.com", "", true)]
    [InlineData("https://example.halopsa.com", "example", false)]
    public void Tenant_is_required_only_on_hosted_instances(string instance, string tenant, bool missing)
    {
        var defs = new[]
        {
            Defs.Url("instance_url", UrlShape.Origin),
            new ValueDefinition("tenant", "Tenant", ValueKind.Text, Requirement.Hosted, null, null, UrlShape.Any, 1),
        };
        var checks = ValueValidator.CheckAll(defs, new Dictionary<string, string> { ["instance_url"] = instance, ["tenant"] = tenant });
        checks["tenant"].IsMissing.ShouldBe(missing);
        checks["tenant"].Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Token_url_has_no_tenant_parameter_at_all_when_there_is_none()
    {
        HaloValueKeys.TokenUrl("https://halo.example.local/auth", "").ShouldBe("https://halo.example.local/auth/token");
        HaloValueKeys.TokenUrl("https://halo.example.local/auth/", null).ShouldBe("https://halo.example.local/auth/token");
        HaloValueKeys.TokenUrl("https://example.halopsa.com/auth", "ex ample").ShouldBe("https://example.halopsa.com/auth/token?tenant=ex%20ample");
    }

    [Fact]
    public void Neutralise_names_every_unsafe_character_and_keeps_the_rest()
    {
        TextSafety.Neutralise("ok\u001b[2Jbad\u200b").ShouldBe("ok<U+001B>[2Jbad<U+200B>");
        TextSafety.Neutralise("plain ünïcödé").ShouldBe("plain ünïcödé");
    }

    [Fact]
    public void Addresses_on_different_hosts_are_warned_about()
    {
        var defs = new[]
        {
            Defs.Url("instance_url", UrlShape.Origin),
            Defs.Url("resource_server", UrlShape.Api),
            Defs.Url("authorisation_server"),
        };
        var checks = ValueValidator.CheckAll(defs, new Dictionary<string, string>
        {
            ["instance_url"] = "halo.contoso.local:8443",
            ["resource_server"] = "https://acme.halopsa.com/api",
            ["authorisation_server"] = "https://halo.contoso.local:8443/auth",
        });
        checks["resource_server"].Warnings.ShouldHaveSingleItem()
            .ShouldBe("is on acme.halopsa.com, but the HaloPSA web address is on halo.contoso.local:8443; they are normally on the same host");
        checks["authorisation_server"].Warnings.ShouldBeEmpty();
        checks["resource_server"].IsUsable.ShouldBeTrue("a warning, not a block");
    }
}
