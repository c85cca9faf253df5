using System.CommandLine;
using System.Diagnostics;
using Guide.Core.Proof;
using Guide.Halo.Http;
using Guide.Halo.Proof;
using Guide.Verify;

namespace Guide.Cli;

/// <summary>
/// <c>guide verify</c>: proves one set of Liongard credentials without a TUI. The secret comes
/// from HALO_CLIENT_SECRET or standard input, never from an argument.
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
        var command = new Command("verify", "Prove a set of Liongard credentials against HaloPSA with real, read-only API calls");
        foreach (var option in new Option[] { resource, authorisation, tenant, clientId, secretFromStdin, agent, json, strict })
            command.Options.Add(option);

        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, resource, authorisation, tenant, clientId, secretFromStdin, agent, json, strict, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse,
        Option<string?> resource, Option<string?> authorisation, Option<string?> tenant, Option<string?> clientId,
        Option<bool> secretFromStdin, Option<string?> agent, Option<bool> json, Option<bool> strict, CancellationToken cancellationToken)
    {
        var secret = parse.GetValue(secretFromStdin)
            ? (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim()
            : context.Environment(HaloSettings.ClientSecret);
        var (target, credentials, warnings) = VerifyInputs.Check(
            HaloSettings.Pick(parse.GetValue(resource), context, HaloSettings.ResourceServer),
            HaloSettings.Pick(parse.GetValue(authorisation), context, HaloSettings.AuthorisationServer),
            HaloSettings.Pick(parse.GetValue(tenant), context, HaloSettings.Tenant),
            HaloSettings.Pick(parse.GetValue(clientId), context, HaloSettings.ClientId),
            secret);
        foreach (var warning in warnings)
            context.Error.WriteLine($"guide: warning: {warning}");

        var watch = Stopwatch.StartNew();
        var runner = new ProofRunner(new HaloOptions { Clock = context.Clock });
        var request = new ProofRequest(target, credentials, parse.GetValue(agent), ProofRequest.LiongardScopes);
        var result = await runner.ProveAsync(request, new StderrProgress(context.Error, context.Clock), cancellationToken).ConfigureAwait(false);

        context.Out.Write(parse.GetValue(json) ? VerifyReport.Json(result) : VerifyReport.Text(target, result, watch.Elapsed));
        return result.Failed || (parse.GetValue(strict) && result.Warned) ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
