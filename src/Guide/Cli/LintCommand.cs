using System.CommandLine;
using Guide.Content;
using Guide.Core.Parsing;

namespace Guide.Cli;

/// <summary><c>guide lint FILE [--strict]</c>: every problem of a guide, each with file:line.</summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The guide to check" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var command = new Command("lint", "Check a guide file without running it");
        command.Arguments.Add(file);
        command.Options.Add(strict);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = GuideParser.Parse(GuideLoader.ReadFile(path), path);
            var diagnostics = result.Diagnostics.ToList();
            if (result.Guide is { ReportTemplate: { } template } && !File.Exists(GuideLoader.TemplatePath(path, template)))
                diagnostics.Add(new GuideDiagnostic(path, 1, DiagnosticSeverity.Error, "G030", $"the report template '{template}' is not beside the guide"));

            foreach (var diagnostic in diagnostics.OrderBy(d => d.Line))
                context.Out.WriteLine(diagnostic);
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            if (result.Guide is { } guide && errors == 0)
                context.Out.WriteLine($"{path}: {guide.Steps.Length} steps, {guide.Items.Length} items, {guide.Values.Length} values; {warnings} warning(s).");
            else
                context.Out.WriteLine($"{path}: {errors} error(s), {warnings} warning(s).");
            return errors > 0 || (parse.GetValue(strict) && warnings > 0) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
