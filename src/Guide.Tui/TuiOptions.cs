namespace Guide.Tui;

/// <summary>How the checklist is drawn.</summary>
/// <param name="Ascii">Plain ASCII markers and frames, for consoles without line-drawing glyphs (case H12).</param>
/// <param name="Monochrome">No colour at all (NO_COLOR): emphasis by reverse video only.</param>
/// <param name="ModeLabel">Shown in the title: offline, assisted, automated or sandbox.</param>
/// <param name="Resumed">The run was read from its saved state file rather than started new: the first screen says which.</param>
public sealed record TuiOptions(bool Ascii, bool Monochrome, string ModeLabel, bool Resumed = false);
