using System.CommandLine;

namespace Guide.Cli;

/// <summary>The command line, and the one place where failures become exit codes.</summary>
internal static class GuideCli
{
    /// <summary>Every command and option; built once per run (and read by tests, which check none takes a secret).</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Guide: walks you through connecting Liongard to HaloPSA, as a checklist.\n" +
            "Run `guide` to work against your HaloPSA, `guide --offline` for the checklist with no network, or\n" +
            "`guide --sandbox` to see it all done against a simulator. Every change is saved at once.\n" +
            "Guide creates the agent and the application itself when HALO_ADMIN_CLIENT_ID and\n" +
            "HALO_ADMIN_CLIENT_SECRET hold an administrator's API credentials (else it asks, or you do it by hand).");
        InteractiveCommand.Configure(root, context);
        root.Subcommands.Add(PrintCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(ApplyCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(SandboxCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);

        // No @response files: an argument that starts with @ is just an argument.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                context.Error.WriteLine($"guide: {error.Message}");
            context.Error.WriteLine("Run `guide --help` for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"guide: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}
