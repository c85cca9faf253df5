using Guide.Core.Proof;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>
/// Asks for the administrator application's Client ID and Secret, which creating the agent and
/// the application needs. The secret is masked and goes nowhere but the returned object.
/// </summary>
internal static class AdminCredentialsDialog
{
    /// <returns>The credentials, or null when the person would rather do it by hand (Esc or Cancel).</returns>
    public static ClientCredentials? Ask(IApplication app)
    {
        using var dialog = new Dialog { Title = "Administrator application", Width = Dim.Percent(85), Height = Dim.Auto() };
        var why = new Label
        {
            Text = "Creating the agent and the application needs a HaloPSA API application with admin rights.\n"
                + "Its Client ID and Secret stay in memory for this session only; they are never saved.\n"
                + "Cancel or Esc: do those items by hand instead.",
            Width = Dim.Fill(),
            Height = Dim.Auto(),
        };
        why.TextFormatter.WordWrap = true;
        var idLabel = new Label { Y = Pos.Bottom(why) + 1, Text = "Client ID:" };
        var id = new TextField { X = 16, Y = Pos.Top(idLabel), Width = Dim.Fill() };
        var secretLabel = new Label { Y = Pos.Bottom(idLabel), Text = "Client Secret:" };
        var secret = new TextField { X = 16, Y = Pos.Top(secretLabel), Width = Dim.Fill(), Secret = true };
        var status = new Label { Y = Pos.Bottom(secretLabel) + 1, Width = Dim.Fill(), Text = "" };
        dialog.Add(why, idLabel, id, secretLabel, secret, status);
        dialog.AddButton(new Button { Title = "_Cancel" });
        dialog.AddButton(new Button { Title = "_Use them" });
        id.SetFocus();

        while (true)
        {
            app.Run(dialog);
            if (dialog.Result != 1)
                return null;
            if (id.Text.Trim().Length > 0 && secret.Text.Trim().Length > 0)
                return new ClientCredentials(id.Text.Trim(), secret.Text.Trim());
            status.Text = "Type both the Client ID and the Secret, or press Esc to do it by hand.";
            (id.Text.Trim().Length == 0 ? id : secret).SetFocus();
        }
    }
}
