using System.CommandLine;
using Guide.Printing;
using Guide.State;

namespace Guide.Cli;

/// <summary><c>guide print [--guide FILE] [--state FILE]</c>: the checklist as Markdown, ticked from a state.</summary>
internal static class PrintCommand
{
    public static Command Create(CliContext context)
    {
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        var command = new Command("print", "Print the whole checklist as Markdown, boxes ticked from the saved run");
        command.Options.Add(guide);
        command.Options.Add(state);
        command.SetAction(parse =>
        {
            var statePath = parse.GetValue(state);
            var session = RunSession.Open(parse.GetValue(guide), statePath, mode: null, context.Clock, mustExist: statePath is not null);
            var note = session.Resumed
                ? $"Saved run: {session.Store.Path} ({session.Run.CompleteCount} of {session.Run.TotalCount} items complete)."
                : "No saved run yet: every item is open.";
            context.Out.Write(ChecklistPrinter.Print(session.Run, note));
            return ExitCodes.Ok;
        });
        return command;
    }
}
