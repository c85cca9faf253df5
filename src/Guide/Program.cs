using Guide.Cli;

return GuideCli.Run(args, CliContext.System);
