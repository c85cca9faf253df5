using System.CommandLine;
using System.Diagnostics;
using Guide.Core.Proof;
using Guide.Core.Values;
using Guide.Halo.Http;
using Guide.Halo.Proof;
using Guide.Verify;

namespace Guide.Cli;

/// <summary>
/// <c>guide verify</c>: proves one set of Liongard credentials without a TUI. The secret comes
/// from HALO_CLIENT_SECRET or standard input, never from an argument. What neither gives is taken
/// from the saved run (--state, else the guide's own), so a checklist done earlier can be proven.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var resource = new Option<string?>("--resource-server") { Description = $"The Resource Server, e.g. https://example.halopsa.com/api (or {HaloSettings.ResourceServer})", HelpName = "URL" };
        var authorisation = new Option<string?>("--authorisation-server") { Description = $"The Authorisation Server, e.g. https://example.halopsa.com/auth (or {HaloSettings.AuthorisationServer})", HelpName = "URL" };
        var tenant = new Option<string?>("--tenant") { Description = $"The tenant of a hosted instance; none for self-hosted (or {HaloSettings.Tenant})", HelpName = "T" };
        var clientId = new Option<string?>("--client-id") { Description = $"The application's Client ID (or {HaloSettings.ClientId})", HelpName = "ID" };
        var secretFromStdin = new Option<bool>("--client-secret-stdin") { Description = $"Read the Client Secret from standard input (else {HaloSettings.ClientSecret})" };
        var agent = new Option<string?>("--agent") { Description = "Also check that the application logs in as this agent", HelpName = "NAME" };
        var json = new Option<bool>("--json") { Description = "Write the checks as JSON: one object per check, with name, status and detail" };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 on warnings too (such as an agent that sees no tickets)" };
        var state = new Option<string?>("--state") { Description = "Take what no flag or HALO_* variable gives from this saved run (default: the guide's saved run, if there is one)", HelpName = "FILE" };
        var command = new Command("verify", "Prove a set of Liongard credentials against HaloPSA with real, read-only API calls");
        foreach (var option in new Option[] { resource, authorisation, tenant, clientId, secretFromStdin, agent, json, strict, state })
            command.Options.Add(option);

        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, new VerifyOptions(resource, authorisation, tenant, clientId, secretFromStdin, agent, json, strict, state), cancellationToken));
        return command;
    }

    private sealed record VerifyOptions(Option<string?> Resource, Option<string?> Authorisation, Option<string?> Tenant, Option<string?> ClientId,
        Option<bool> SecretFromStdin, Option<string?> Agent, Option<bool> Json, Option<bool> Strict, Option<string?> State);

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, VerifyOptions options, CancellationToken cancellationToken)
    {
        var saved = SavedRunSettings.Load(parse.GetValue(options.State));
        var secret = parse.GetValue(options.SecretFromStdin)
            ? (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim()
            : saved.Or(context.Environment(HaloSettings.ClientSecret), HaloValueKeys.ClientSecret, "Client Secret");
        string? Pick(Option<string?> option, string variable, string key, string label) =>
            saved.Or(HaloSettings.Pick(parse.GetValue(option), context, variable), key, label);
        var resource = Pick(options.Resource, HaloSettings.ResourceServer, HaloValueKeys.ResourceServer, "Resource Server");
        var authorisation = Pick(options.Authorisation, HaloSettings.AuthorisationServer, HaloValueKeys.AuthorisationServer, "Authorisation Server");
        var tenant = Pick(options.Tenant, HaloSettings.Tenant, HaloValueKeys.Tenant, "Tenant");
        var clientId = Pick(options.ClientId, HaloSettings.ClientId, HaloValueKeys.ClientId, "Client ID");
        var agent = saved.Or(parse.GetValue(options.Agent), HaloValueKeys.AgentName, "agent");
        if (saved.Used.Count > 0)
            context.Error.WriteLine($"guide: from the saved run {saved.Path}: {string.Join(", ", saved.Used)}.");

        var (target, credentials, warnings) = VerifyInputs.Check(resource, authorisation, tenant, clientId, secret);
        foreach (var warning in warnings)
            context.Error.WriteLine($"guide: warning: {warning}");

        var watch = Stopwatch.StartNew();
        var runner = new ProofRunner(new HaloOptions { Clock = context.Clock });
        var request = new ProofRequest(target, credentials, agent, ProofRequest.LiongardScopes);
        var result = await runner.ProveAsync(request, new StderrProgress(context.Error, context.Clock), cancellationToken).ConfigureAwait(false);

        context.Out.Write(parse.GetValue(options.Json) ? VerifyReport.Json(result) : VerifyReport.Text(target, result, watch.Elapsed));
        return result.Failed || (parse.GetValue(options.Strict) && result.Warned) ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
