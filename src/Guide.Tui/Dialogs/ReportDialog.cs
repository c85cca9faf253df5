using Guide.Core.Values;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>
/// Previews the handoff report with the secret masked until asked, and saves it.
/// </summary>
internal static class ReportDialog
{
    /// <returns>
    /// What to tell the person afterwards, as plain text safe to draw: where it was saved, why the
    /// last Save wrote nothing, or null when closed without trying to save.
    /// </returns>
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

        // Terminal.Gui's Markdown view, given the focus as the dialog opens, selects its first link
        // and scrolls down to it: a report with links in its proof details would open at the bottom
        // of its proof table. Once the dialog is up, back to the top.
        void AtTop(object? sender, EventArgs e)
        {
            if (app.TopRunnableView != dialog)
                return;
            app.Iteration -= AtTop;
            preview.Viewport = preview.Viewport with { Y = 0 };
        }
        app.Iteration += AtTop;

        try
        {
            // What to say if the person closes the dialog now: why the last Save wrote nothing.
            string? unsaved = null;
            while (true)
            {
                app.Run(dialog);
                if (dialog.Result != 1)
                    return unsaved;
                try
                {
                    var target = reports.Target(path.Text);
                    // Keeping the file is the default: Enter must not overwrite what may be another customer's report.
                    var overwrite = reports.Exists(target)
                        && ConfirmDialog.Ask(app, "Replace report?", [target, "exists already; it may be another customer's handoff.", "Replace it?"],
                            "_Replace", "_Keep it", enterAnswers: false);
                    if (reports.Exists(target) && !overwrite)
                    {
                        unsaved = $"Report not saved: {TextSafety.Neutralise(target)} exists already.";
                        status.Text = unsaved;
                        continue;
                    }
                    var written = reports.Save(path.Text, redactSecrets: redact.Value == CheckState.Checked, overwrite);
                    return $"Report saved to {TextSafety.Neutralise(written)}";
                }
                catch (IOException ex)
                {
                    unsaved = "Report not saved: " + TextSafety.Neutralise(ex.Message);
                    status.Text = unsaved;
                }
                catch (UnauthorizedAccessException ex)
                {
                    unsaved = "Report not saved: " + TextSafety.Neutralise(ex.Message);
                    status.Text = unsaved;
                }
            }
        }
        finally
        {
            app.Iteration -= AtTop;
        }
    }
}
