namespace Guide.Tui.Dialogs;

/// <summary>The keys, in one place: the help screen and the key-help line both come from here.</summary>
internal static class KeyHelp
{
    public const string Line = "Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit";

    public const string AsciiLine = "Space tick | S skip | Enter type | ^Z undo | R report | F1 help | ^Q quit";

    public static readonly (string Keys, string What)[] All =
    [
        ("Up, Down, PgUp", "move through the checklist"),
        ("Space", "tick the item as done by hand, or untick it"),
        ("Enter, Tab", "type the item's values; Enter again for the next"),
        ("Esc", "leave a field or close a dialog; never ends the run"),
        ("S", "skip the item, saying why (the report shows it)"),
        ("A", "run the item's automation, where there is one"),
        ("Ctrl+Z", "undo the last tick, skip or value"),
        ("R", "preview the handoff report, and save it"),
        ("F1, ?", "this help"),
        ("Ctrl+Q", "quit; all is saved, the next start resumes"),
    ];
}
