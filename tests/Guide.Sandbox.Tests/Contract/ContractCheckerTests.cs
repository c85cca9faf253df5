using System.Text.Json;
using Guide.Testing.Contract;

namespace Guide.Sandbox.Tests.Contract;

/// <summary>The checker itself: it reads Halo's document and it can fail.</summary>
public sealed class ContractCheckerTests
{
    private static OpenApiContract Halo => OpenApiContract.Halo;

    [Fact]
    public void Microsoft_OpenApi_reads_the_document_with_only_the_known_complaints()
    {
        Halo.PathCount.ShouldBe(808);
        Halo.Diagnostics.ShouldNotBeEmpty();
        Halo.Diagnostics.ShouldAllBe(d =>
            (d.StartsWith("Invalid schema type identifier: ") && d.Contains("/parameters/"))
            || d.StartsWith("The path signature '/Automation/{}' MUST be unique"));
    }

    [Theory]
    [InlineData("/api/Agent", "Uname")]
    [InlineData("/api/Agent/me", "Uname")]
    [InlineData("/api/agent/12", "Uname")]
    [InlineData("/api/Team", "SectionDetail")]
    [InlineData("/api/Tickets", "Faults")]
    [InlineData("/api/Client", "Area")]
    [InlineData("/api/Application/abc", "NHD_Identity_Application")]
    [InlineData("/api/Roles", "NHD_Roles")]
    public void Entity_schemas_come_from_the_documents_own_post_bodies(string path, string schema) =>
        Halo.EntitySchemaFor(path).ShouldBe(schema);

    [Fact]
    public void Discovery_has_no_entity_schema() => Halo.EntitySchemaFor("/api/authinfo").ShouldBeNull();

    [Theory]
    [InlineData("GET", "/api/Agent/me", "/Agent/me")]
    [InlineData("GET", "/api/Agent/42", "/Agent/{id}")]
    [InlineData("get", "/API/AGENT", "/Agent")]
    [InlineData("GET", "/api/authinfo", "/AuthInfo")]
    [InlineData("DELETE", "/api/Application/6f0c", "/Application/{id}")]
    public void Paths_match_templates_case_insensitively_preferring_literals(string method, string path, string template) =>
        Halo.FindOperation(method, path)!.Template.ShouldBe(template);

    [Fact]
    public void A_request_that_fits_has_no_violations() =>
        Halo.CheckRequest("POST", "/api/Agent", [], """[{"name":"x","isapiagent":true,"teams":[{"team_id":1.0}]}]""").ShouldBeEmpty();

    [Theory]
    [InlineData("GET", "/api/Agents", "no such path")]
    [InlineData("PUT", "/api/Agent", "not with PUT")]
    [InlineData("GET", "/api/Agent/me/teams", "no such path")]
    public void A_wrong_path_or_method_is_rejected(string method, string path, string reason) =>
        Halo.CheckRequest(method, path, [], null).ShouldHaveSingleItem().ShouldContain(reason);

    [Theory]
    [InlineData("/api/Agent", "includeapiagent")]
    [InlineData("/api/Tickets", "page")]
    [InlineData("/api/Tickets", "Pageinate")]
    [InlineData("/api/Application", "search")]
    public void A_query_parameter_the_operation_lacks_is_rejected(string path, string name) =>
        Halo.CheckRequest("GET", path, [name], null).ShouldHaveSingleItem().ShouldContain($"'{name}'");

    [Theory]
    [InlineData("/api/Agent", """[{"nmae":"x"}]""", "'nmae'")]
    [InlineData("/api/Agent", """[{"name":"x","teams":[{"teamid":1}]}]""", "'teamid'")]
    [InlineData("/api/Application", """[{"displayname":"x"}]""", "'displayname'")]
    [InlineData("/api/Application", """[{"displayName":"x","scopes":[{"scope":"all"}]}]""", "'scope'")]
    [InlineData("/api/Tickets", """[{"summary":"x","team_id":3}]""", "'team_id'")]
    [InlineData("/api/Agent", """[{"name":5}]""", "a number")]
    [InlineData("/api/Agent", """[{"id":"7"}]""", "a string")]
    [InlineData("/api/Agent", """[{"isapiagent":"yes"}]""", "a string")]
    [InlineData("/api/Agent", """{"name":"x"}""", "an object")]
    public void A_body_property_outside_the_schema_or_of_the_wrong_type_is_rejected(string path, string body, string reason) =>
        Halo.CheckRequest("POST", path, [], body).ShouldContain(v => v.Contains(reason));

    [Fact]
    public void A_body_on_an_operation_without_one_is_rejected() =>
        Halo.CheckRequest("GET", "/api/Agent", [], "[]").ShouldHaveSingleItem().ShouldContain("takes no JSON body");

    [Theory]
    [InlineData("Uname", """{"id":1,"name":"A","isapiagent":true,"teams":[{"team_id":2,"team_name":"T"}]}""")]
    [InlineData("Uname", """{"id":95.0,"email":null}""")]
    [InlineData("NHD_Identity_Application", """{"id":"g","displayName":"L","clientId":"c","clientSecret":"s","loginas_agent_id":3}""")]
    [InlineData("Faults", """{"id":1,"summary":"s","dateoccurred":"2025-01-01T00:00:00.000Z","hasbeenclosed":false}""")]
    public void An_entity_that_fits_has_no_violations(string schema, string json) =>
        Halo.CheckEntity(schema, Parse(json)).ShouldBeEmpty();

    [Theory]
    [InlineData("Uname", """{"id":1,"Name":"A"}""", "'Name'")]
    [InlineData("Uname", """{"id":1,"teams":[{"teamname":"T"}]}""", "'teamname'")]
    [InlineData("NHD_Identity_Application", """{"client_id":"c"}""", "'client_id'")]
    [InlineData("NHD_Identity_Application", """{"loginas_agent":"c"}""", "'loginas_agent'")]
    [InlineData("SectionDetail", """{"id":"one"}""", "a string")]
    [InlineData("Area", """{"id":1.5}""", "not a whole number")]
    [InlineData("Area", """{"id":null}""", "not nullable")]
    [InlineData("Faults", """{"summary":["x"]}""", "an array")]
    public void An_entity_with_a_wrong_property_name_or_type_is_rejected(string schema, string json, string reason) =>
        Halo.CheckEntity(schema, Parse(json)).ShouldContain(v => v.Contains(reason));

    [Fact]
    public void Wrapped_answers_are_checked_element_by_element() =>
        Halo.CheckAnswer("Faults", """{"record_count":1,"page_no":1,"tickets":[{"id":1,"subject":"x"}]}""")
            .ShouldHaveSingleItem().ShouldContain("'subject'");

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
