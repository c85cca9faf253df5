using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>
/// Previews the handoff report with the secret masked until asked, and saves it.
/// </summary>
internal static class ReportDialog
{
    /// <returns>What to tell the person afterwards: where it was saved, or null when closed unsaved.</returns>
    public static string? Show(IApplication app, IReportService reports, bool ascii)
    {
        using var dialog = new Dialog { Title = "Handoff report", Width = Dim.Percent(95), Height = Dim.Percent(90) };
        var preview = new Markdown
        {
            ShowCopyButtons = false,
            Width = Dim.Fill(),
            Height = Dim.Fill(4),
            Text = reports.Render(redactSecrets: true),
        };
        // No hot key: Alt+letter can arrive as Esc then a letter, and this one puts the secret on screen.
        var show = new CheckBox { Y = Pos.AnchorEnd(4), Text = "Show the Client Secret in this preview" };
        var redact = new CheckBox { Y = Pos.AnchorEnd(3), Text = "_Redact the Client Secret in the saved file" };
        var pathLabel = new Label { Y = Pos.AnchorEnd(2), Text = "Save to:" };
        var path = new TextField { X = Pos.Right(pathLabel) + 1, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Text = reports.DefaultPath };
        var status = new Label { Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = ascii ? "Tab moves between parts; Esc closes." : "Tab moves between parts · Esc closes." };
        show.ValueChanged += (_, _) => preview.Text = reports.Render(redactSecrets: show.Value != CheckState.Checked);
        dialog.Add(preview, show, redact, pathLabel, path, status);
        dialog.AddButton(new Button { Title = "_Close" });
        dialog.AddButton(new Button { Title = "Sa_ve" });

        while (true)
        {
            app.Run(dialog);
            if (dialog.Result != 1)
                return null;
            try
            {
                var target = reports.Target(path.Text);
                var overwrite = reports.Exists(target)
                    && ConfirmDialog.Ask(app, "Replace report?", $"{target}\nexists already; it may be another customer's handoff.\nReplace it?", "_Replace", "_Keep it");
                if (reports.Exists(target) && !overwrite)
                {
                    status.Text = "Not saved: choose another file name.";
                    continue;
                }
                var written = reports.Save(path.Text, redactSecrets: redact.Value == CheckState.Checked, overwrite);
                return $"Report saved to {written}";
            }
            catch (IOException ex)
            {
                status.Text = "Not saved: " + ex.Message;
            }
            catch (UnauthorizedAccessException ex)
            {
                status.Text = "Not saved: " + ex.Message;
            }
        }
    }
}
