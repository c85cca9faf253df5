namespace Guide.Tui.Dialogs;

/// <summary>The keys, in one place: the help screen and the key-help line both come from here.</summary>
internal static class KeyHelp
{
    public const string Line = "Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit";

    public const string AsciiLine = "Space tick | S skip | Enter type | ^Z undo | R report | F1 help | ^Q quit";

    /// <summary>
    /// With automations the line needs two more keys and must still fit 80 columns (78 inside the
    /// frame): two spaces part the keys, and undo moves to the help screen. Plain ASCII as it is.
    /// </summary>
    public const string AutomatedLine = "Space tick  S skip  Enter type  A auto  G go all  R report  F1 help  ^Q quit";

    public static string LineFor(bool ascii, bool automated) => automated ? AutomatedLine : ascii ? AsciiLine : Line;

    /// <summary>The help screen's keys; A and G only where this mode has automations, as they do nothing elsewhere.</summary>
    public static IEnumerable<(string Keys, string What)> For(bool automated) =>
        All.Where(k => automated || k.Keys is not ("A" or "G"));

    private static readonly (string Keys, string What)[] All =
    [
        ("Up, Down", "move through the checklist; PgUp, PgDn a page at a time"),
        ("Home, End", "first or last line of the checklist"),
        ("Space", "tick or untick, and move to the next item (after a tick)"),
        ("Enter, Tab", "type the item's values; Enter again for the next"),
        ("Esc", "leave a field or close a dialog; never ends the run"),
        ("S", "skip the item, saying why (the report shows it)"),
        ("A", "run the item's automation, where there is one"),
        ("G", "go: run every automation with open items, in order"),
        ("Ctrl+Z", "undo the last tick, skip or value"),
        ("R", "preview the handoff report, and save it"),
        ("F1, ?", "this help"),
        ("Ctrl+Q", "quit; all is saved, the next start resumes"),
    ];
}
