using Terminal.Gui.Views;

namespace Guide.Tui.Controls;

/// <summary>
/// A text field that takes no more than <see cref="Limit"/> characters. Every keystroke is a
/// saved change, and Terminal.Gui keeps a copy of the text per keystroke for its own undo, so a
/// runaway paste of thousands of characters would cost minutes and gigabytes before any check
/// could refuse it; here the excess is refused as it arrives, and <see cref="Refused"/> says so.
/// </summary>
internal sealed class BoundedTextField(int limit) : TextField
{
    public int Limit { get; } = limit;

    /// <summary>Raised when text beyond the limit was refused.</summary>
    public event EventHandler? Refused;

    protected override bool OnTextChanging(string newText)
    {
        if (newText.Length > Limit && newText.Length > Text.Length)
        {
            Refused?.Invoke(this, EventArgs.Empty);
            return true;
        }
        return base.OnTextChanging(newText);
    }
}
