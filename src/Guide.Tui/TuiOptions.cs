namespace Guide.Tui;

/// <summary>How the checklist is drawn.</summary>
/// <param name="Ascii">Plain ASCII markers and frames, for consoles without line-drawing glyphs (case H12).</param>
/// <param name="Monochrome">No colour at all (NO_COLOR): emphasis by reverse video only.</param>
/// <param name="ModeLabel">Shown in the title: offline, assisted, automated or sandbox.</param>
public sealed record TuiOptions(bool Ascii, bool Monochrome, string ModeLabel);
